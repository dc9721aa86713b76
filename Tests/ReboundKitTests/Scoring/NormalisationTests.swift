import Foundation
import ReboundKit
import Testing

/// The language trainees actually type: Unicode punctuation, capitals, missing apostrophes,
/// contractions, spellings and typos (issue 3, "The scorer").
@Suite struct NormalisationTests {
  @Test(arguments: [
    // Curly apostrophes, dashes, emoji, repeated punctuation.
    LabelledExample("I’m so sorry.", .apologize),
    LabelledExample("I’m not sorry.", .rude),
    LabelledExample("We’ll refund you today.", .answer, .communicate),
    LabelledExample("So sorry — the courier lost it on the way.", .apologize, .excuse),
    LabelledExample("So sorry 😞", .apologize),
    LabelledExample("Thank you for your patience 🙏", .acknowledge),
    LabelledExample("Sorry!!!", .apologize),
    LabelledExample("sorry...", .apologize),
    LabelledExample("Are you sure you locked it???", .blame),
    // All capitals.
    LabelledExample("I AM SO SORRY.", .apologize),
    LabelledExample("CALM DOWN!!!", .rude),
    LabelledExample("I'm SO sorry!!!!", .apologize),
    // Missing apostrophes.
    LabelledExample("im so sorry", .apologize),
    LabelledExample("im not sorry", .rude),
    LabelledExample("thats not our fault", .excuse),
  ])
  func typedPunctuationAndCase(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// "I'm / I am / im", "we'll / we will", "can't / cannot / can not" read the same.
  @Test(arguments: [
    LabelledExample("I'm not going to apologise.", .rude),
    LabelledExample("I am not going to apologise.", .rude),
    LabelledExample("im not going to apologise", .rude),
    LabelledExample("We'll refund you today.", .answer, .communicate),
    LabelledExample("We will refund you today.", .answer, .communicate),
    LabelledExample("we'll refund you today", .answer, .communicate),
    LabelledExample("I can't apologise enough.", .apologize),
    LabelledExample("I can’t apologise enough.", .apologize),
    LabelledExample("I cannot apologise enough.", .apologize),
    LabelledExample("I can not apologise enough.", .apologize),
  ])
  func contractionsAndTheirLongForms(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  @Test(arguments: [
    // British and American spellings.
    LabelledExample("I apologise for the mix-up.", .apologize),
    LabelledExample("I apologize for the mix-up.", .apologize),
    LabelledExample("Sorry your flight was cancelled.", .apologize, .acknowledge),
    LabelledExample("Sorry your flight was canceled.", .apologize, .acknowledge),
    LabelledExample("Sorry, I didn't realize you were royalty.", .rude),
    // One typo (a transposition counts as one) on words of six letters or more.
    LabelledExample("I appologise for the mix-up.", .apologize),
    LabelledExample("I appologize.", .apologize),
    LabelledExample("I apologsie for the mix-up.", .apologize),
    LabelledExample("We'll send a replacment today.", .answer, .communicate),
    LabelledExample("I'll refnud you today.", .answer, .communicate),
    LabelledExample("I'll reimbruse you today.", .answer, .communicate),
  ])
  func spellingsAndTypos(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Curly apostrophes read exactly as straight ones: same labels, same evidence offsets.
  @Test(arguments: [
    "I'm so sorry your parcel has gone missing.",
    "It's not our fault, the courier's van broke down.",
    "We'll refund you today and I'll call you tonight.",
    "I'm not going to apologise.",
    "That's your own fault.",
  ])
  func curlyApostrophesReadAsStraightOnes(_ text: String) throws {
    let straight = try Shared.score(text)
    let curly = try Shared.score(text.replacingOccurrences(of: "'", with: "’"))
    #expect(!straight.labels.isEmpty, straight.explained)
    #expect(curly.labels == straight.labels, curly.explained)
    #expect(curly.findings.map(\.spans) == straight.findings.map(\.spans))
  }

  /// Capital letters alone add nothing (decision 12) and take nothing away.
  @Test(arguments: [
    "I'm so sorry your parcel has gone missing.",
    "Calm down, there's nothing I can do.",
    "Are you sure you locked it?",
    "I'll refund you today.",
    "Thank you for your patience.",
  ])
  func capitalsChangeNothing(_ text: String) throws {
    let plain = try Shared.score(text)
    let shouted = try Shared.score(text.uppercased())
    #expect(!plain.labels.isEmpty, plain.explained)
    #expect(shouted.labels == plain.labels, shouted.explained)
  }

  /// Words of fewer than six letters are not read as typos: "worry" is not "sorry".
  @Test(arguments: ["Don't worry.", "Dont worry about it.", "No worries."])
  func dontWorryIsNotSorry(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(verdict.labels.isEmpty, verdict.explained)
  }

  /// "refuse" is a real word one step from "refund", never its typo.
  @Test func refuseIsNotRefund() throws {
    let refund = try Shared.score("We'll refund it today.")
    let refuse = try Shared.score("We'll refuse it today.")
    #expect(refund.has(.answer), refund.explained)
    #expect(!refuse.has(.answer), refuse.explained)
  }
}
