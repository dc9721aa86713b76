import ReboundKit
import Testing

/// *apologize*: a sincere apology that owns the failure (LABELS.md, "The four moves").
@Suite struct ApologyTests {
  @Test(arguments: [
    // The guide's own examples.
    LabelledExample("I'm so sorry.", .apologize),
    LabelledExample("I apologise.", .apologize),
    LabelledExample("My apologies.", .apologize),
    LabelledExample("Sorry to hear that.", .apologize),
    LabelledExample("Sorry for any inconvenience.", .apologize),
    LabelledExample("Sorry for the wait.", .apologize),
    // Fresh ones.
    LabelledExample("Please accept my apologies for the mix-up.", .apologize),
    LabelledExample("We owe you an apology.", .apologize),
    LabelledExample("I can't apologise enough.", .apologize),
    LabelledExample("Sorry for the long wait on the phone.", .apologize),
    // An intensifier before the apology makes it stronger, not rude.
    LabelledExample("Really, really sorry.", .apologize),
    LabelledExample("Seriously, I am so sorry.", .apologize),
  ])
  func apologies(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// "We're sorry this happened to you" is the guide's example of an apology; whether it also
  /// names their problem is not the point here.
  @Test func anApologyForWhatHappenedIsAnApology() throws {
    let verdict = try Shared.score("We're sorry this happened to you.")
    #expect(verdict.has(.apologize), verdict.explained)
  }

  /// Non-apologies are neither *apologize* nor, by themselves, *rude*.
  @Test(arguments: [
    "Sorry you feel that way.",
    "Sorry if you were upset.",
    "We're sorry if the room wasn't to your taste.",
    "I'm sorry you feel the room was noisy.",
  ])
  func nonApologiesAreNeitherApologyNorRudeness(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(!verdict.has(.apologize), verdict.explained)
    #expect(!verdict.has(.rude), verdict.explained)
  }

  /// An outright refusal to apologise is *rude*, never *apologize* (decision 2).
  @Test(arguments: [
    LabelledExample("I'm not going to apologise.", .rude),
    LabelledExample("I refuse to apologise.", .rude),
    LabelledExample("Why should I apologise?", .rude),
  ])
  func refusingToApologiseIsRude(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }
}
