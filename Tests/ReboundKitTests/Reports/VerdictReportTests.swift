import Foundation
import ReboundKit
import Testing

/// A verdict for a person (the reply with its evidence highlighted, then a line per finding)
/// or for tools (JSON).
@Suite struct VerdictReportTests {
  static func verdict(_ text: String) throws -> Verdict {
    try Scorer(rubric: try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml"))).score(text)
  }

  @Test func plainTextShowsTheReplyEachFindingAndTheLabels() throws {
    let report = VerdictReport(verdict: try Self.verdict("Mea culpa, we will mend it."), style: .plain)
    #expect(
      report.text == """
        > Mea culpa, we will mend it.
          apologize    'Mea culpa' — a Latin apology  [custom.mea-culpa]
          answer       'we will mend' — offers to mend it  [custom.mend]
          labels: apologize, answer

        """)
  }

  @Test func aReplyWithNoLabelSaysSo() throws {
    let report = VerdictReport(verdict: try Self.verdict("Nothing to see."), style: .plain)
    #expect(report.text == "> Nothing to see.\n  no label\n")
  }

  @Test func colourHighlightsTheEvidence() throws {
    let report = VerdictReport(verdict: try Self.verdict("Well, shoo."), style: TerminalStyle(colors: true))
    let firstLine = try #require(report.text.split(separator: "\n").first)
    #expect(firstLine == "> Well, \u{1B}[1;31mshoo\u{1B}[0m.")
    #expect(!VerdictReport(verdict: try Self.verdict("Well, shoo."), style: .plain).text.contains("\u{1B}"))
  }

  /// Escape sequences and line breaks typed into a reply never reach the terminal.
  @Test func controlCharactersInTheReplyAreShownNotObeyed() throws {
    let text = "Shoo\u{1B}[2J\nnow"
    for style in [TerminalStyle.plain, TerminalStyle(colors: true)] {
      let report = VerdictReport(verdict: try Self.verdict(text), style: style)
      #expect(!report.text.contains("\u{1B}[2J"))
      #expect(report.text.hasPrefix("> ") && report.text.contains("␛[2J␤now"), "\(report.text)")
    }
  }

  @Test func jsonHasLabelsAndFindingsWithEvidence() throws {
    let text = "😞 Mea culpa, we will mend it."
    let json = VerdictReport(verdict: try Self.verdict(text), style: .plain).json
    #expect(!json.contains("\n"), "one line per reply")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["labels"] as? [String] == ["apologize", "answer"])
    let findings = try #require(object["findings"] as? [[String: Any]])
    try #require(findings.count == 2)
    let first = findings[0]
    #expect(first["label"] as? String == "apologize")
    #expect(first["evidence"] as? String == "Mea culpa")
    #expect(first["start"] as? Int == 2)
    #expect(first["end"] as? Int == 11)
    #expect(first["rule"] as? String == "custom.mea-culpa")
    #expect(first["explanation"] as? String == "'Mea culpa' — a Latin apology")
    #expect(findings[1]["evidence"] as? String == "we will mend")
  }

  @Test func jsonIsByteStable() throws {
    let verdict = try Self.verdict("Mea culpa.")
    #expect(
      VerdictReport(verdict: verdict, style: .plain).json
        == #"{"cues":[],"findings":[{"by":"rubric","end":9,"evidence":"Mea culpa","explanation":"'Mea culpa' — a Latin apology","label":"apologize","rule":"custom.mea-culpa","spans":[{"end":9,"start":0}],"start":0}],"labels":["apologize"],"text":"Mea culpa."}"#
    )
  }
}
