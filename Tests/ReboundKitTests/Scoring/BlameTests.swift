import ReboundKit
import Testing

/// *blame*: suggesting the customer caused it or is not telling the truth.
@Suite struct BlameTests {
  @Test(arguments: [
    // The guide's own examples.
    LabelledExample("Are you sure you locked the door?", .blame),
    LabelledExample("You should have used the safe.", .blame),
    LabelledExample("Did you open the box with a knife?", .blame),
    LabelledExample("If you had read the terms, you would know.", .blame),
    // Fresh ones.
    LabelledExample("You should have planned for a longer layover.", .blame),
    LabelledExample("u shud of told the front desk", .blame),
    LabelledExample("You ordered the wrong size, not us.", .blame),
    LabelledExample("It's in the manual, if you actually read it.", .blame),
    LabelledExample("You must have dropped it on the way home.", .blame),
    LabelledExample("Someone on your team deleted the folder.", .blame),
    LabelledExample("You missed the cancellation window.", .blame),
    LabelledExample("Has someone been leaving the tap running?", .blame),
    LabelledExample("The driver says he knocked twice and nobody answered.", .blame),
    LabelledExample("It went wrong at your end, not ours.", .blame),
    LabelledExample("All guests were emailed about the pool closure.", .blame),
    LabelledExample("The fault is inside your property.", .blame),
    LabelledExample("Maybe you packed them in a different bag.", .blame),
    LabelledExample("Any sensible traveller would have insurance.", .blame),
    // Reporting their claim does not own the failure.
    LabelledExample("Check your spam before saying we never sent it.", .blame, .rude),
    LabelledExample("You must have entered the wrong card number.", .blame),
    LabelledExample("You were told about the fee when you booked.", .blame),
    LabelledExample("If you'd read the email you'd have known.", .blame),
    LabelledExample("That's your own fault.", .blame),
    LabelledExample("Did you forget to cancel the subscription?", .blame),
    LabelledExample("Have you actually read the instructions?", .blame),
  ])
  func blame(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }
}
