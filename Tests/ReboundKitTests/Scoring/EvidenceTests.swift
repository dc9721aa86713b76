@testable import ReboundKit
import Testing

/// Every finding is explainable: the exact text that triggered it, where it is (in Unicode
/// scalars, as Python or JSON tools index text), the rule that fired, and one line for people.
@Suite struct EvidenceTests {
  static let replies = [
    "I'm so sorry — I'll refund the whole order today.",
    "I’M SO SORRY your parcel has gone missing!!! I'll call you tonight.",
    "😞😞 Calm down. As I already said, it's company policy.",
    "Café closed 👨‍👩‍👧. Are you sure you locked it? The courier must have dropped it.",
    "Sorry, but that's policy.",
    "Would you prefer a refund or a replacement?",
    "Thank you for your patience.\nA new glass is on its way by express.",
    "im not going to apologise, take it or leave it",
  ]

  /// The text at each span, cut by Unicode scalars.
  static func slice(_ text: String, _ span: TextSpan) -> String {
    let scalars = Array(text.unicodeScalars)
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[span.start..<span.end])
    return String(view)
  }

  @Test(arguments: replies)
  func evidenceIsTheTextAtItsSpans(_ text: String) throws {
    let verdict = try Shared.score(text)
    try #require(!verdict.findings.isEmpty, "the reply should have findings to check")
    let count = text.unicodeScalars.count
    for finding in verdict.findings {
      try #require(!finding.spans.isEmpty)
      for span in finding.spans {
        try #require(0 <= span.start && span.start < span.end && span.end <= count, "\(span) in \(count) scalars")
      }
      #expect(finding.start == finding.spans.map(\.start).min())
      #expect(finding.end == finding.spans.map(\.end).max())
      #expect(finding.evidence == finding.spans.map { Self.slice(text, $0) }.joined(separator: " … "))
      if finding.spans.count == 1 {
        #expect(finding.evidence == Self.slice(text, TextSpan(start: finding.start, end: finding.end)))
      }
    }
  }

  @Test(arguments: replies)
  func explanationQuotesTheEvidence(_ text: String) throws {
    let verdict = try Shared.score(text)
    for finding in verdict.findings {
      let prefix = "'\(finding.evidence)' — "
      #expect(finding.explanation.hasPrefix(prefix), "\(finding.explanation)")
      #expect(finding.explanation.count > prefix.count, "the explanation says why, after the quote")
      #expect(!finding.explanation.contains("\n"), "one line")
    }
  }

  /// Rule ids name a rule or a structure of the rubric, so a trainer can find it.
  @Test(arguments: replies)
  func ruleIdsNameTheRubricsRules(_ text: String) throws {
    let scorer = try Shared.scorer()
    let document = try scorer.rubric.document()
    let known = Set(document.rules.map(\.id) + document.structures.map(\.id))
    for finding in scorer.score(text).findings {
      #expect(known.contains(finding.rule), "\(finding.rule)")
    }
  }

  /// Every label found has evidence, and every finding supports a label found.
  @Test(arguments: replies)
  func labelsAndFindingsAgree(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(Set(verdict.findings.map(\.label)) == Set(verdict.labels))
    #expect(verdict.labels == verdict.labels.sorted(), "labels in guide order")
    #expect(verdict.findings.map(\.start) == verdict.findings.map(\.start).sorted(), "findings in reading order")
    #expect(verdict.text == text)
  }

  /// Offsets count Unicode scalars: an emoji is one, not two UTF-16 units or four bytes.
  @Test func offsetsCountUnicodeScalars() throws {
    let verdict = try Shared.score("😞😞 Calm down.")
    let finding = try #require(verdict.findings(for: .rude).first)
    #expect(finding.evidence == "Calm down")
    #expect(finding.start == 3)
    #expect(finding.end == 12)
    #expect(finding.rule == "rude.dismissive")
    #expect(finding.explanation.hasPrefix("'Calm down' — "))
  }

  /// A combining accent and a family emoji (five scalars, one character) before the evidence.
  @Test func offsetsCountScalarsNotCharacters() throws {
    let text = "Cafe\u{301} closed 👨‍👩‍👧. Calm down."
    let finding = try #require(try Shared.score(text).findings(for: .rude).first)
    #expect(finding.evidence == "Calm down")
    #expect(finding.start == 20)
    #expect(finding.end == 29)
  }

  /// Evidence is the reply as typed: capitals and curly apostrophes kept.
  @Test func evidenceKeepsTheTypedText() throws {
    let verdict = try Shared.score("I’M SO SORRY.")
    let evidence = verdict.findings(for: .apologize).map(\.evidence)
    #expect(evidence.contains { $0.contains("SORRY") }, "\(evidence)")
  }

  /// A finding built from two parts of a sentence shows both, joined by " … ".
  @Test func multiSpanEvidenceJoinsItsParts() throws {
    let text = "I'll refund the whole order today."
    let verdict = try Shared.score(text)
    let joined = try #require(verdict.findings.first { $0.spans.count > 1 }, verdict.explained)
    let parts = joined.spans.map { Self.slice(text, $0) }
    #expect(joined.evidence == parts.joined(separator: " … "))
    #expect(parts.allSatisfy { !$0.isEmpty })
    #expect(zip(joined.spans, joined.spans.dropFirst()).allSatisfy { $0.end < $1.start }, "parts are apart, in order")
  }
}
