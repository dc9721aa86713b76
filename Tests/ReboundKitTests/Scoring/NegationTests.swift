import ReboundKit
import Testing

/// A negator cancels what it reaches ("not sorry", "won't refund"), and no further.
@Suite struct NegationTests {
  @Test(arguments: [
    // A refusal to apologise is rude (decision 2).
    LabelledExample("I'm not sorry.", .rude),
    // A bare refusal of one remedy carries no label by itself (decision 4).
    LabelledExample("We won't refund you."),
    LabelledExample("No refund is possible."),
    LabelledExample("I can't replace it."),
    LabelledExample("We will not be replacing the lamp."),
    LabelledExample("We cannot offer compensation."),
  ])
  func negatedMoves(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// A negation ends with its clause or at a new subject, so a later remedy still counts.
  @Test(arguments: [
    LabelledExample("No problem, I'll replace it today.", .answer, .communicate),
    LabelledExample("Not a problem — we'll refund you today.", .answer, .communicate),
    LabelledExample("Nothing was explained properly, so I'll refund you today.", .answer, .communicate),
  ])
  func negationStaysInItsScope(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }
}
