import ReboundKit
import Testing

/// *rude*: dismissive, condescending, hostile or sarcastic.
@Suite struct RudeTests {
  @Test(arguments: [
    // The guide's own examples.
    LabelledExample("Calm down.", .rude),
    LabelledExample("Relax, it's only a pair of trousers.", .rude),
    LabelledExample("As I already said, the pool closes at six.", .rude),
    LabelledExample("Obviously.", .rude),
    LabelledExample("There's nothing I can do.", .rude),
    LabelledExample("Take it or leave it.", .rude),
    LabelledExample("Whatever.", .rude),
    // Fresh ones.
    LabelledExample("Stop complaining.", .rude),
    LabelledExample("It's not the end of the world.", .rude),
    LabelledExample("Like I said, we don't do refunds.", .rude),
    LabelledExample("I don't have time for this.", .rude),
    LabelledExample("Get over it.", .rude),
    LabelledExample("You're lucky we let you in at all.", .rude),
    LabelledExample("Are you always this demanding?", .rude),
    LabelledExample("Let's not be silly about a cold coffee.", .rude),
    LabelledExample("You'll get the same answer from my manager.", .rude),
    LabelledExample("Go somewhere else then.", .rude),
    // Disbelief as the whole answer is rude; the same word as an intensifier is not.
    LabelledExample("Seriously?", .rude),
  ])
  func rudeness(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Insults or swearing about anyone, colleagues included, are rude (decision 12).
  @Test(arguments: ["My colleague is a useless idiot.", "This bloody printer again."])
  func insultsAndSwearingAreRude(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(verdict.has(.rude), verdict.explained)
  }
}
