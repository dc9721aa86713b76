import PropertyBased
import ReboundKit
import Testing

/// Whatever a trainee types (control characters, emoji, text decoded from random bytes with
/// invalid UTF-8 or lone UTF-16 surrogates) scoring never crashes, and every finding's spans
/// lie within the reply and its evidence is the reply's text at those spans.
@Suite struct ScoringPropertyTests {
  /// Words the rubric knows, so that random replies do produce findings to check.
  static let phrases = [
    "sorry", "I’m so sorry", "im not sorry", "refund", "I'll refund you today", "calm down",
    "are you sure you locked it?", "the courier must have dropped it", "thank you for your patience",
    "would you prefer a refund or a replacement?", "but", "not", "—", "!!!", "?", ".", ",", "\n",
    "😞", "👨‍👩‍👧", "e\u{301}", "APPOLOGISE", "replacment", "’", "'",
  ]

  /// One piece of a reply: bytes decoded as UTF-8 or UTF-16 (invalid sequences and lone
  /// surrogates become U+FFFD), control characters, any scalars, or a phrase the rubric knows.
  static let fragment = Gen.oneOf(
    Gen.uint8().array(of: 0...24).map { String(decoding: $0, as: UTF8.self) },
    Gen.uint16().array(of: 0...12).map { String(decoding: $0, as: UTF16.self) },
    Gen.uint16(in: 0xD7F0...0xE010).array(of: 1...6).map { String(decoding: $0, as: UTF16.self) },
    Gen.uint8(in: 0...0x20).array(of: 1...6).map { bytes in
      String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    },
    Gen.uint32(in: 0...0x10FFFF).array(of: 1...8).map { values in
      String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    },
    Gen.element(of: phrases).map { $0 ?? "" },
  )

  static let reply = fragment.array(of: 0...14).map { $0.joined(separator: " ") }

  @Test func everyFindingLiesWithinTheReplyAndQuotesIt() async throws {
    let scorer = try Shared.scorer()
    var findingsSeen = 0
    await propertyCheck(count: 400, input: Self.reply) { text in
      let verdict = scorer.score(text)
      let scalars = Array(text.unicodeScalars)
      #expect(verdict.text == text)
      for finding in verdict.findings {
        findingsSeen += 1
        #expect(0 <= finding.start && finding.start <= finding.end && finding.end <= scalars.count)
        #expect(!finding.spans.isEmpty)
        var pieces: [String] = []
        for span in finding.spans {
          guard 0 <= span.start, span.start <= span.end, span.end <= scalars.count else {
            Issue.record("span \(span) outside \(scalars.count) scalars")
            continue
          }
          var piece = String.UnicodeScalarView()
          piece.append(contentsOf: scalars[span.start..<span.end])
          pieces.append(String(piece))
        }
        #expect(finding.evidence == pieces.joined(separator: " … "))
        #expect(finding.explanation.hasPrefix("'\(finding.evidence)' — "))
        #expect(verdict.labels.contains(finding.label))
      }
    }
    #expect(findingsSeen > 100, "random replies should exercise the findings, not only the empty verdict")
  }

  /// Bytes alone, with no help from known phrases: nothing to find is also a fine answer,
  /// but the verdict must still be consistent.
  @Test func randomBytesScoreConsistently() async throws {
    let scorer = try Shared.scorer()
    await propertyCheck(count: 300, input: Gen.uint8().array(of: 0...200)) { bytes in
      let text = String(decoding: bytes, as: UTF8.self)
      let verdict = scorer.score(text)
      let count = text.unicodeScalars.count
      #expect(verdict.findings.allSatisfy { $0.spans.allSatisfy { $0.start <= $0.end && $0.end <= count } })
      #expect(Set(verdict.findings.map(\.label)) == Set(verdict.labels))
    }
  }

  /// Scoring is a function of the text: the same reply twice gives the same verdict.
  @Test func scoringIsDeterministic() async throws {
    let scorer = try Shared.scorer()
    var workspace = Scorer.Workspace()
    await propertyCheck(count: 200, input: Self.reply) { text in
      let first = scorer.score(text)
      let reused = scorer.score(text, using: &workspace)
      #expect(first == reused)
    }
  }
}
