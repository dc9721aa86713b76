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

  /// Every reply of our corpora where the model alone reads a pitfall at a margin between 0
  /// and +0.25: none is called that pitfall, and `--explain` says why. Found by searching, so
  /// retraining cannot leave the test with nothing to check.
  @Test func aHairsBreadthPitfallIsNotCalled() throws {
    let scorer = try LearnedScorerTests.scorer()
    var checked = 0
    var workspace = Scorer.Workspace()
    for file in ["corpus/test.jsonl", "corpus/short-replies.jsonl", "corpus/hard-cases.jsonl"] {
      let url = TestSplitGateTests.root.appendingPathComponent(file)
      for reply in try CorpusReader.read(contentsOf: url, displayName: file).replies {
        let rules = scorer.ruleVerdict(reply.text, using: &workspace)
        for explanation in scorer.explain(reply.text)
        where Label.pitfalls.contains(explanation.label) && !rules.has(explanation.label)
          && explanation.margin > 0 && explanation.margin <= Double(Scorer.modelOnlyPitfallMargin)
        {
          checked += 1
          #expect(!explanation.applies, "\(explanation.label) on \(reply.text)")
          #expect(explanation.belowPitfallMargin == Scorer.modelOnlyPitfallMargin)
          #expect(!scorer.score(reply.text).has(explanation.label), "\(explanation.label) on \(reply.text)")
        }
      }
    }
    #expect(checked > 0, "no reply in the corpora has a hair's-breadth pitfall to check")
  }
}
