import ReboundKit
import Testing

/// *communicate*: the reply informs or asks, so the customer knows where things stand.
@Suite struct CommunicateTests {
  @Test(arguments: [
    // The guide's own examples.
    LabelledExample("What else was in the room?", .communicate),
    LabelledExample("Could you send me the order number?", .communicate),
    LabelledExample("I'll speak to security this morning and come back to you by noon.", .communicate),
    LabelledExample("You'll get a confirmation email within minutes.", .communicate),
    LabelledExample("I'll check in with you tonight.", .communicate),
    LabelledExample("We'll look into it.", .communicate),
    LabelledExample("Let me fix this.", .communicate),
    // A step that fixes only the business's own process is communicate, not answer.
    LabelledExample("I'll have the lock changed.", .communicate),
    LabelledExample("I'll tell the warehouse.", .communicate),
    LabelledExample("We'll change the lock.", .communicate),
    // A remedy with when it happens is answer and communicate.
    LabelledExample("A new one ships today.", .answer, .communicate),
    // Fresh ones.
    LabelledExample("Our engineer will ring you tomorrow morning.", .communicate),
    LabelledExample("I'm escalating this to my manager now and will email you tonight.", .communicate),
    LabelledExample("Let me check with the kitchen and come straight back to you.", .communicate),
    LabelledExample("I'll call the courier this afternoon and update you by five.", .communicate),
  ])
  func communications(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// A remedy alone, with no timing or information, is *answer* only.
  @Test(arguments: [
    "I'll pay for the trousers and the belt.",
    "I'll refund you.",
    "We'll cover the cost of the taxi.",
  ])
  func aRemedyAloneIsNotCommunicate(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(verdict.has(.answer), verdict.explained)
    #expect(!verdict.has(.communicate), verdict.explained)
  }
}
