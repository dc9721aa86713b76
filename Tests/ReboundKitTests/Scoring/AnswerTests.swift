import ReboundKit
import Testing

/// *answer*: the reply commits to a concrete remedy for what the customer lost or suffered.
@Suite struct AnswerTests {
  @Test(arguments: [
    // The guide's own examples ("tonight's" names the room, not a time: decision 6).
    LabelledExample("I'll pay for the trousers and the belt.", .answer),
    LabelledExample("Tonight's room is on us.", .answer),
    // Fresh ones.
    LabelledExample("We'll cover the cost of the taxi.", .answer),
    LabelledExample("I'll refund the full amount.", .answer),
    LabelledExample("The dessert is on the house.", .answer),
    LabelledExample("I've waived the late fee.", .answer),
    LabelledExample("I'll credit your account with £20 today.", .answer, .communicate),
    LabelledExample("The hotel will buy you a new suit.", .answer),
    LabelledExample("We'll make good the scratches on the table.", .answer),
    LabelledExample("The repair is done at no extra cost to you.", .answer),
    LabelledExample("We're couriering a brand new lamp to you.", .answer),
    // A business that will not charge lets them off a charge: no refusal, so no excuse.
    LabelledExample("The hotel won't charge you for your stay.", .answer),
    LabelledExample("The restaurant will not charge you for the meal.", .answer),
  ])
  func remedies(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  @Test func aReplacementOnItsWayIsAnAnswer() throws {
    let verdict = try Shared.score("A new glass is on its way by express.")
    #expect(verdict.has(.answer), verdict.explained)
  }

  /// Looking into it, asking for details, or fixing only the business's own process.
  @Test(arguments: [
    "We'll look into it.",
    "Let me fix this.",
    "Could you send me the order number?",
    "We'll change the lock.",
    "I'll tell the warehouse.",
    "We'll make this right.",
  ])
  func notRemedies(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(!verdict.has(.answer), verdict.explained)
  }
}
