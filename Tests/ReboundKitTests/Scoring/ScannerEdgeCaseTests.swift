import ReboundKit
import Testing

/// Edge cases a review found in how replies are cut into words and how structures judge overlap.
@Suite struct ScannerEdgeCaseTests {
  @Test func aMissingSpaceAfterAFullStopStillEndsTheSentence() throws {
    let verdict = try Shared.score("so sorry.I'll refund it today")
    #expect(verdict.has(.apologize), verdict.explained)
    #expect(verdict.has(.answer), verdict.explained)
  }

  @Test func decimalsAndShortLinksStayOneWord() throws {
    let verdict = try Shared.score("I'll refund the 3.5 kg box, see t.co for the label")
    #expect(verdict.has(.answer), verdict.explained)
  }

  @Test(arguments: ["so sor\u{AD}ry", "so sor\u{200D}ry", "so sor\u{200B}ry"])
  func invisibleCharactersDoNotSplitAWord(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(verdict.has(.apologize), verdict.explained)
  }

  @Test func aMarkOnATrailingApostropheStaysOutOfTheEvidence() throws {
    let verdict = try Shared.score("so sorry'\u{301}")
    let apology = try #require(verdict.findings(for: .apologize).first)
    #expect(apology.evidence == "so sorry")
    #expect(apology.end == 8)
  }

  /// A finding a structure assembles from words far apart must not swallow the words between.
  @Test(arguments: [0, 70])
  func aRemedyBetweenAnApologyAndTheirSituationIsKept(filler: Int) throws {
    let padding = Array(repeating: "la", count: filler).joined(separator: " ")
    let text = "I'm so sorry, \(padding)\(filler > 0 ? ", " : "")I'll refund you today, you ordered the fish"
    let verdict = try Shared.score(text)
    #expect(verdict.has(.answer), verdict.explained)
    #expect(verdict.has(.apologize), verdict.explained)
  }
}
