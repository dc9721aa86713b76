import PropertyBased
import Testing

@testable import ReboundKit

/// The byte-level helpers the reports use to quote, highlight and escape every reply: they
/// must read a reply exactly as its scalars do, whatever it holds.
@Suite struct ReportTextTests {
  @Test func scalarTextReadsEveryScalarAndSliceAsTheStringDoes() async {
    await propertyCheck(count: 300, input: ScoringPropertyTests.reply) { text in
      let scalars = Array(text.unicodeScalars)
      let reading = ScalarText(text)
      #expect(reading.count == scalars.count)
      for index in scalars.indices { #expect(reading[index] == scalars[index]) }
      let middle = scalars.count / 2
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[middle...])
      #expect(reading.string(middle..<scalars.count) == String(view))
    }
  }

  @Test func scalarTextDecodesEveryWidth() {
    let text = "a\u{E9}\u{2014}\u{1F600}"
    let reading = ScalarText(text)
    #expect((0..<reading.count).map { reading[$0] } == ["a", "\u{E9}", "\u{2014}", "\u{1F600}"])
    #expect(reading.string(1..<3) == "\u{E9}\u{2014}")
  }

  /// The byte scan finds the same C1 and bidirectional controls as a scan of the scalars.
  @Test func theByteScanForInvisibleControlsAgreesWithTheScalars() async {
    let controls = Gen.element(of: ["\u{85}", "\u{9F}", "\u{202E}", "\u{2066}", "\u{200F}", "\u{061C}", "\u{2014}", "\u{201C}", "\u{A0}"])
      .map { $0 ?? "" }
    let text = Gen.oneOf(ScoringPropertyTests.reply, controls, zip(ScoringPropertyTests.reply, controls).map { $0 + $1 })
    await propertyCheck(count: 400, input: text) { text in
      let expected = text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) || SafeText.isBidiControl($0) }
      #expect(SafeText.hasInvisibleControl(text.utf8) == expected, "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }

  @Test func escapingKeepsPlainRunsAndEscapesTheRest() {
    #expect(HTMLText.escape("plain “text” — kept") == "plain “text” — kept")
    #expect(HTMLText.escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
    #expect(HTMLText.escape("bell\u{07}\u{7F}\n\tend<") == "bell\u{2407}\u{2421}\n\tend&lt;")
    #expect(HTMLText.escape("\u{202E}<") == "\u{FFFD}&lt;")
  }

  @Test func theReasonIsTheExplanationWithoutItsQuote() {
    func finding(evidence: String, explanation: String) -> Finding {
      Finding(
        label: .apologize, evidence: evidence, spans: [TextSpan(start: 0, end: 1)], rule: "r",
        explanation: explanation, weight: 1)
    }
    #expect(EvidenceQuote.reason(of: finding(evidence: "so sorry", explanation: "'so sorry' — a strong apology")) == "a strong apology")
    #expect(EvidenceQuote.reason(of: finding(evidence: "é", explanation: "'é' — ")) == "")
    #expect(EvidenceQuote.reason(of: finding(evidence: "sorry", explanation: "a plain reason")) == "a plain reason")
    #expect(EvidenceQuote.reason(of: finding(evidence: "sorry", explanation: "'sorry' then more")) == "'sorry' then more")
  }
}
