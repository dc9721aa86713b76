import ReboundKit
import Testing

/// *acknowledge*: the reply recognises the customer's problem or feelings, aimed at them.
@Suite struct AcknowledgeTests {
  @Test(arguments: [
    // Restating what happened to them, without the scenario's words.
    LabelledExample("You were charged twice for the same plan.", .acknowledge),
    LabelledExample("You got double charged this morning.", .acknowledge),
    // Owning the failure (decision 5), and clearing the customer of it.
    LabelledExample("We forgot to order your brakes.", .acknowledge),
    LabelledExample("We never ordered the part.", .acknowledge),
    LabelledExample("You did everything right and we still gave your room away.", .acknowledge),
    LabelledExample("That's not the welcome you deserved.", .acknowledge),
    // The guide's own examples.
    LabelledExample("That must have been a horrible night.", .acknowledge),
    LabelledExample("I can see why you're angry.", .acknowledge),
    LabelledExample("You have every right to be upset.", .acknowledge),
    LabelledExample("That should never have happened.", .acknowledge),
    LabelledExample("So your trousers and belt were taken from your cabin while you were diving.", .acknowledge),
    LabelledExample("Thank you for telling me straight away.", .acknowledge),
    LabelledExample("Thanks for bearing with us.", .acknowledge),
    // Fresh ones.
    LabelledExample("What a stressful start to your holiday.", .acknowledge),
    LabelledExample("No wonder you're upset after waiting three hours.", .acknowledge),
    LabelledExample("I'd be furious too.", .acknowledge),
    LabelledExample("Thanks for flagging the broken lift.", .acknowledge),
    LabelledExample("Thanks for letting us know about the leak.", .acknowledge),
    LabelledExample("That's not good enough, and you deserved better.", .acknowledge),
    // A situation described, then judged; a feeling named; ownership.
    LabelledExample("Losing your passport on the first day must be terrifying.", .acknowledge),
    LabelledExample("Three nights without hot water is miserable.", .acknowledge),
    LabelledExample("I know how worrying that is.", .acknowledge),
    LabelledExample("Your dad deserved a proper send-off.", .acknowledge),
    LabelledExample("That's our failing, not yours.", .acknowledge),
    LabelledExample("You're being more than patient with us.", .acknowledge),
    LabelledExample("Sorry for the stolen bike.", .acknowledge, .apologize),
    LabelledExample("So your order arrived without the charger.", .acknowledge),
  ])
  func acknowledgements(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// A bare "ok", a generic greeting, or "I understand, but …" used to dismiss.
  @Test(arguments: [
    "Ok.",
    "I see.",
    "Noted.",
    "Hello, and welcome to Seaview Resort.",
    "I understand, but the rules are the rules.",
  ])
  func notAcknowledgements(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(!verdict.has(.acknowledge), verdict.explained)
  }
}
