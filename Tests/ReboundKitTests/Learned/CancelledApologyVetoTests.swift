import Foundation
@testable import ReboundKit
import Testing

/// Where the rubric is exact, an apology it found and took away ("sorry, but that's policy",
/// "sorry if…", a sorry said with a snub) stays away, whatever the learned model reads.
@Suite struct CancelledApologyVetoTests {
  @Test func theRubricMarksTheApologiesItTakesBack() throws {
    for text in [
      "Sorry, but that's our policy.", "Apologies for the delay, however the courier lost it.",
      "Sorry, but there's nothing more I can do.", "Sorry if you felt let down.",
    ] {
      let rules = try Shared.score(text)
      #expect(Scorer.apologyTakenBack(in: rules), "\(text): cues \(rules.cues), labels \(rules.labels)")
    }
  }

  @Test func anApologyTheRubricKeepsIsNotTakenBack() throws {
    for text in ["Sorry, but I'll refund it today.", "I'm so sorry. The courier lost it.", "The courier lost it."] {
      let rules = try Shared.score(text)
      #expect(!Scorer.apologyTakenBack(in: rules), "\(text): cues \(rules.cues), labels \(rules.labels)")
    }
  }

  @Test func theModelCannotGiveATakenBackApologyBack() throws {
    let scorer = try LearnedScorerTests.scorer()
    for text in ["Sorry, but that's our policy.", "Sorry for the queue, that said, there is nothing I can do.", "Sorry if you felt let down."] {
      #expect(!scorer.score(text).has(.apologize), "\(text)")
      let apology = try #require(scorer.explain(text).first { $0.label == .apologize && !$0.isExtra })
      #expect(!apology.applies)
      #expect(apology.takenBackByRubric == (apology.margin > 0))
    }
  }
}
