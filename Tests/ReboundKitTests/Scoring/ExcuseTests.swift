import ReboundKit
import Testing

/// *excuse*: justifying the failure or pushing responsibility elsewhere.
@Suite struct ExcuseTests {
  @Test(arguments: [
    // The guide's own examples.
    LabelledExample("It's not our fault.", .excuse),
    LabelledExample("The courier must have dropped it.", .excuse),
    LabelledExample("We're short-staffed this week.", .excuse),
    LabelledExample("That happens a lot here.", .excuse),
    LabelledExample("It's company policy.", .excuse),
    LabelledExample("The system won't let me.", .excuse),
    LabelledExample("I just work here.", .excuse),
    // Fresh ones.
    LabelledExample("We've had a lot of staff off sick.", .excuse),
    LabelledExample("The warehouse sent the wrong size.", .excuse),
    LabelledExample("The weather delayed every flight.", .excuse),
    LabelledExample("That's out of my hands.", .excuse),
    LabelledExample("Our payment provider had an outage.", .excuse),
    LabelledExample("That's not something we control.", .excuse),
    LabelledExample("We're rushed off our feet with the heatwave.", .excuse),
    LabelledExample("The parts are on back order at the factory.", .excuse),
    LabelledExample("My hands are tied by the insurer.", .excuse),
    LabelledExample("It's an old building and the pipes knock.", .excuse),
    LabelledExample("Call them, not us.", .excuse),
  ])
  func excuses(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// The agent calling someone is a next step, not pointing the customer elsewhere.
  @Test(arguments: [
    LabelledExample("I'll call them now to confirm.", .communicate),
    LabelledExample("We'll phone them right away.", .communicate),
  ])
  func callingThemYourselfIsNotAnExcuse(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }
}
