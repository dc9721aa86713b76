import Foundation
import ReboundKit
import Testing

/// An evaluation as a table, as JSON, and as the list of misjudged replies.
@Suite struct EvaluationReportTests {
  static func report(style: TerminalStyle = .plain) throws -> EvaluationReport {
    let scorer = try Scorer(rubric: try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml")))
    let corpus = """
      {"text": "Mea culpa.", "labels": ["apologize"]}
      {"text": "Shoo.", "labels": [], "id": "s1"}
      {"text": "Sorry about that.", "labels": ["apologize"]}
      {"text": "We will mend it.", "labels": ["answer"]}
      """
    let replies = CorpusReader.parse(corpus, file: "tiny.jsonl").replies
    return EvaluationReport(evaluation: Evaluation(replies: replies) { _ in scorer }, corpus: "tiny.jsonl", style: style)
  }

  @Test func tableShowsEveryLabelMacroF1AndExactMatch() throws {
    #expect(
      try Self.report().table == """
        tiny.jsonl: 4 replies

        label        precision  recall     f1  support
        acknowledge      1.000   1.000  1.000        0
        communicate      1.000   1.000  1.000        0
        apologize        1.000   0.500  0.667        2
        answer           1.000   1.000  1.000        1
        excuse           1.000   1.000  1.000        0
        blame            1.000   1.000  1.000        0
        rude             0.000   0.000  0.000        0

        macro-F1     0.810
        exact match  0.500 (2 of 4 replies with exactly the right labels)

        """)
  }

  @Test func jsonHasTheDocumentedKeys() throws {
    let json = try Self.report().json
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["count", "labels", "macro_f1", "exact_match"])
    #expect(object["count"] as? Int == 4)
    #expect(object["exact_match"] as? Double == 0.5)
    let macro = try #require(object["macro_f1"] as? Double)
    #expect(abs(macro - (5 + 2.0 / 3.0) / 7) < 1e-9)
    let labels = try #require(object["labels"] as? [String: [String: Any]])
    #expect(Set(labels.keys) == Set(Label.allCases.map(\.rawValue)))
    for (name, metrics) in labels {
      for key in ["precision", "recall", "f1", "support"] {
        #expect(metrics[key] != nil, "\(name) has \(key)")
      }
    }
    #expect(labels["apologize"]?["support"] as? Int == 2)
    #expect(labels["apologize"]?["recall"] as? Double == 0.5)
  }

  @Test func errorsListEachMisjudgedReplyWithItsEvidence() throws {
    #expect(
      try Self.report().errors == """
        tiny.jsonl:2 (s1)
          > Shoo.
          expected: (none)
          found:    rude
          wrongly found: rude
            rude: 'Shoo' — shoos the customer away [custom.shoo]

        tiny.jsonl:3
          > Sorry about that.
          expected: apologize
          found:    (none)
          missed: apologize


        """)
  }

  @Test func colourOnlyWhenAsked() throws {
    #expect(!(try Self.report().table + Self.report().errors).contains("\u{1B}"))
    let coloured = try Self.report(style: TerminalStyle(colors: true))
    #expect(coloured.table.contains("\u{1B}[33m"), "a label below 0.85 is shown in yellow")
    #expect(coloured.errors.contains("\u{1B}[31mwrongly found: rude\u{1B}[0m"))
  }
}
