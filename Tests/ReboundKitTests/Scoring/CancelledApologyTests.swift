import ReboundKit
import Testing

/// An apology taken back by "but", "however", "though" or "that said" and an excuse, refusal
/// or blame in the same sentence is no apology (decision 3); a non-apology is no label at all.
@Suite struct CancelledApologyTests {
  @Test(arguments: [
    LabelledExample("Sorry, but that's policy.", .excuse),
    LabelledExample("I'm sorry, but I can't do anything.", .rude),
    LabelledExample("I'm sorry, however the courier lost it.", .excuse),
    LabelledExample("Sorry about that, but you should have used the safe.", .blame),
    LabelledExample("Sorry, though it's not our fault.", .excuse),
    LabelledExample("Sorry you feel that way."),
    LabelledExample("Sorry if you were upset."),
    LabelledExample("Sorry you feel you were overcharged."),
  ])
  func cancelledAndNonApologies(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// An excuse in a separate sentence leaves the apology standing: *apologize* and *excuse*.
  @Test(arguments: [
    LabelledExample("I'm sorry. That said, the courier must have dropped it.", .apologize, .excuse),
    LabelledExample("We apologise for the delay. It was caused by a technical fault.", .apologize, .excuse),
  ])
  func anExcuseInTheNextSentenceKeepsTheApology(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// A "but" followed by a remedy takes nothing back.
  @Test func butFollowedByARemedyKeepsTheApology() throws {
    try LabelledExample("I'm so sorry, but I'll refund you today.", .apologize, .answer, .communicate)
      .expectScoredExactly()
  }
}
