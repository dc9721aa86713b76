import ReboundKit
import Testing

/// Several sentences in one reply: each label is found in its own sentence, and structures
/// that need one sentence ("sorry, but …") do not reach across a full stop.
@Suite struct MultiSentenceTests {
  @Test(arguments: [
    LabelledExample(
      "I'm so sorry your trousers were taken from your cabin. That should never have happened. I'll pay for them today and call you tonight.",
      .acknowledge, .apologize, .answer, .communicate),
    LabelledExample(
      "Sorry for the wait. A new router goes out today. I'll text you the tracking number.",
      .apologize, .answer, .communicate),
    LabelledExample("Calm down. I'll refund you.", .rude, .answer),
    LabelledExample("Thank you for telling me straight away! Could you send me the order number?", .acknowledge, .communicate),
  ])
  func severalSentences(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Each finding's evidence lies in the sentence that earned it.
  @Test func evidenceStaysInItsSentence() throws {
    let text = "Calm down. I'll refund you."
    let verdict = try Shared.score(text)
    let rude = verdict.findings(for: .rude)
    let answer = verdict.findings(for: .answer)
    try #require(!rude.isEmpty && !answer.isEmpty, verdict.explained)
    #expect(rude.allSatisfy { $0.end <= 10 }, verdict.explained)
    #expect(answer.allSatisfy { $0.start >= 11 }, verdict.explained)
  }

  /// A line break ends a sentence, as a full stop does.
  @Test func aLineBreakEndsASentence() throws {
    try LabelledExample("I'm sorry\nThe courier must have dropped it", .apologize, .excuse).expectScoredExactly()
  }
}
