import Foundation
import ReboundKit
import Testing

/// Precision, recall, F1 and support per label, macro-F1 and exact match, worked out by hand
/// on a tiny corpus scored by the custom rubric of the fixtures (`mea culpa` → apologize,
/// `we will mend|patch` → answer, `shoo` → rude).
@Suite struct EvaluationTests {
  static let corpus = """
    {"text": "Mea culpa.", "labels": ["apologize"]}
    {"text": "We will mend it.", "labels": ["answer"]}
    {"text": "Shoo.", "labels": []}
    {"text": "Mea culpa, we will patch it.", "labels": ["apologize"], "id": "r4"}
    {"text": "Sorry about that.", "labels": ["apologize"]}
    {"text": "Nothing to see.", "labels": []}
    """

  static func evaluation() throws -> Evaluation {
    let scorer = try Scorer(rubric: try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml")))
    let parsed = CorpusReader.parse(corpus, file: "tiny.jsonl")
    try #require(parsed.problems.isEmpty)
    return Evaluation(replies: parsed.replies) { _ in scorer }
  }

  @Test func countsAndExactMatch() throws {
    let evaluation = try Self.evaluation()
    #expect(evaluation.count == 6)
    // Lines 1, 2 and 6 are exactly right; 3 (rude found), 4 (answer found), 5 (apology missed) are not.
    #expect(evaluation.exactMatch == 0.5)
    #expect(evaluation.misses.map(\.reply.line) == [3, 4, 5])
    #expect(evaluation.misses.map(\.extra) == [[.rude], [.answer], []])
    #expect(evaluation.misses.map(\.missing) == [[], [], [.apologize]])
  }

  @Test func perLabelFigures() throws {
    let evaluation = try Self.evaluation()
    // apologize: found on lines 1 and 4 (both right), missed on line 5.
    let apologize = try #require(evaluation.labels[.apologize])
    #expect((apologize.truePositives, apologize.falsePositives, apologize.falseNegatives) == (2, 0, 1))
    #expect(apologize.precision == 1)
    #expect(abs(apologize.recall - 2.0 / 3.0) < 1e-12)
    #expect(abs(apologize.f1 - 0.8) < 1e-12)
    #expect(apologize.support == 3)
    // answer: right on line 2, wrongly found on line 4.
    let answer = try #require(evaluation.labels[.answer])
    #expect(answer.precision == 0.5)
    #expect(answer.recall == 1)
    #expect(abs(answer.f1 - 2.0 / 3.0) < 1e-12)
    #expect(answer.support == 1)
    // rude: never expected, found once: no precision, and F1 0.
    let rude = try #require(evaluation.labels[.rude])
    #expect((rude.precision, rude.recall, rude.f1, rude.support) == (0, 0, 0, 0))
    // A label neither expected nor found is perfect: nothing was missed or wrongly found.
    for label in [Label.acknowledge, .communicate, .excuse, .blame] {
      let metrics = try #require(evaluation.labels[label])
      #expect((metrics.precision, metrics.recall, metrics.f1, metrics.support) == (1, 1, 1, 0))
    }
    #expect(evaluation.labels.count == 7)
  }

  @Test func macroF1IsTheMeanOfTheSevenF1s() throws {
    let evaluation = try Self.evaluation()
    // (1 + 1 + 0.8 + 2/3 + 1 + 1 + 0) / 7
    #expect(abs(evaluation.macroF1 - (4.8 + 2.0 / 3.0) / 7) < 1e-12)
  }

  @Test func eachReplyIsScoredWithItsScenariosScorer() throws {
    let scorer = try Scorer(rubric: try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml")))
    let replies = [
      LabelledReply(text: "Shoo.", labels: [.rude], scenario: "lost-pants", line: 1),
      LabelledReply(text: "Shoo.", labels: [.rude], line: 2),
      LabelledReply(text: "Mea culpa.", labels: [.apologize], scenario: "broken-glassware", line: 3),
    ]
    var asked: [String?] = []
    let evaluation = Evaluation(replies: replies) { scenario in
      asked.append(scenario)
      return scorer
    }
    #expect(asked == ["lost-pants", nil, "broken-glassware"])
    #expect(evaluation.exactMatch == 1)
  }

  @Test func anEmptyCorpus() {
    let evaluation = Evaluation(replies: []) { _ in preconditionFailure("nothing to score") }
    #expect(evaluation.count == 0)
    #expect(evaluation.exactMatch == 0)
    #expect(evaluation.misses.isEmpty)
  }
}
