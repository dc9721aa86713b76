import Foundation
@testable import ReboundKit
import Testing

/// A pitfall the rubric did not find needs the model's margin above +0.25 before the customer
/// or the lesson hears "that's blame"; moves, and pitfalls the rubric found, need only 0.
@Suite struct ModelOnlyPitfallMarginTests {
  @Test func theThresholdDependsOnWhatTheRubricFound() throws {
    let plain = try Shared.score("We'll refund you today.")
    let blaming = try Shared.score("You should have used the safe.")
    #expect(blaming.has(.blame))
    for pitfall in Label.pitfalls where !plain.has(pitfall) {
      #expect(Scorer.threshold(for: pitfall, rules: plain) == Scorer.modelOnlyPitfallMargin)
    }
    #expect(Scorer.threshold(for: .blame, rules: blaming) == 0)
    for move in Label.moves { #expect(Scorer.threshold(for: move, rules: plain) == 0) }
  }

  @Test func aHairsBreadthBlameIsNotCalled() throws {
    let scorer = try LearnedScorerTests.scorer()
    let text = "You were charged 89 twice for the same annual plan, two minutes apart. That's really unsettling to see on your bank statement."
    let blame = try #require(scorer.explain(text).first { $0.label == .blame })
    try #require(blame.margin > 0 && blame.margin <= Double(Scorer.modelOnlyPitfallMargin), "margin \(blame.margin): pick another reply")
    #expect(!blame.applies)
    #expect(blame.belowPitfallMargin == Scorer.modelOnlyPitfallMargin)
    #expect(!scorer.score(text).has(.blame))
  }
}
