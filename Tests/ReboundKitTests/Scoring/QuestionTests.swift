import ReboundKit
import Testing

/// A question that asks to understand or offers a choice is *communicate*; one that blames is
/// *blame*, and not *communicate* (decision 8).
@Suite struct QuestionTests {
  @Test(arguments: [
    LabelledExample("When did you first notice the crack?", .communicate),
    LabelledExample("Would you like a call back this afternoon?", .communicate),
    LabelledExample("Could you tell me what was in the bag?", .communicate),
    LabelledExample("Which address should we send it to?", .communicate),
    LabelledExample("What size were the trousers?", .communicate),
    LabelledExample("Was the outer box dented when it arrived?", .communicate),
    LabelledExample("How would you like us to put this right?", .communicate),
    // A detail the agent needs, even when it asks what the customer did or is doing.
    LabelledExample("What card did you use?", .communicate),
    LabelledExample("What time are you leaving for the funeral tomorrow?", .communicate),
    LabelledExample("When did you book the table?", .communicate),
    LabelledExample("Has your bank charged you anything because of the overdraft?", .communicate),
  ])
  func questionsThatAsk(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// A choice of concrete remedies commits to a remedy as well (decision 1).
  @Test(arguments: [
    LabelledExample("Would you prefer a refund or a replacement?", .answer, .communicate),
    LabelledExample("Shall I refund you or send a new one?", .answer, .communicate),
    LabelledExample("Would a full refund or a voucher suit you better?", .answer, .communicate),
  ])
  func questionsThatOfferAChoice(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  @Test(arguments: [
    LabelledExample("Are you sure you locked it?", .blame),
    LabelledExample("Did you lock the door?", .blame),
    LabelledExample("Did you forget to cancel the subscription?", .blame),
    LabelledExample("Have you actually read the instructions?", .blame),
  ])
  func questionsThatBlame(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// The same words as a statement are not a question: no *communicate* without the "?".
  @Test func aQuestionNeedsItsQuestionMark() throws {
    let asked = try Shared.score("What else was in the room?")
    let stated = try Shared.score("What else was in the room.")
    #expect(asked.has(.communicate), asked.explained)
    #expect(!stated.has(.communicate), stated.explained)
  }
}
