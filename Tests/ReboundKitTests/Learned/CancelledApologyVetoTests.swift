import Foundation
@testable import ReboundKit
import Testing

/// Where the rubric is exact, an apology it found and took back ("sorry, but that's policy",
/// "sorry if…", "sorry you feel…") stays away, whatever the learned model reads in those words;
/// an apology elsewhere in the reply still counts.
@Suite struct CancelledApologyVetoTests {
  @Test func theRubricMarksTheSentenceWhereItTookAnApologyBack() throws {
    let cancelled = try Shared.score("Thanks for waiting. Sorry, but that's our policy.")
    #expect(cancelled.takenBackApologies == [TextSpan(start: 20, end: 48)], "\(cancelled.takenBackApologies)")
    #expect(try !Shared.score("Sorry if you felt let down.").takenBackApologies.isEmpty)
    #expect(try !Shared.score("I'm so sorry you feel that way.").takenBackApologies.isEmpty)
  }

  @Test func anApologyTheRubricKeepsIsNotMarked() throws {
    for text in ["Sorry, but I'll refund it today.", "I'm so sorry. The courier lost it.", "I'm so sorry you found a hair in your soup."] {
      let rules = try Shared.score(text)
      #expect(rules.has(.apologize), "\(text): \(rules.labels)")
      #expect(rules.takenBackApologies.isEmpty, "\(text)")
    }
  }

  @Test func theModelCannotGiveATakenBackApologyBack() throws {
    let scorer = try LearnedScorerTests.scorer()
    let text = "I'm so sorry you feel that way."
    let apology = try #require(scorer.explain(text).first { $0.label == .apologize && !$0.isExtra })
    // The model alone reads an apology here; the rubric's non-apology overrules it.
    try #require(apology.margin > 0, "retrained model no longer reads an apology: pick another reply")
    #expect(!apology.applies)
    #expect(apology.takenBackByRubric)
    #expect(!scorer.score(text).has(.apologize))
  }

  @Test func anApologyInAnotherSentenceStillCounts() throws {
    let scorer = try LearnedScorerTests.scorer()
    let verdict = scorer.score("Sorry if you felt let down. sry about the wait.")
    #expect(verdict.has(.apologize), "\(verdict.labels)")
    let evidence = try #require(verdict.findings(for: .apologize).first)
    #expect(evidence.start >= 27, "the evidence is the second sentence's: \(evidence.evidence)")
  }

  @Test func blankingKeepsOffsetsAndLineBreaks() {
    #expect(Scorer.blanking([TextSpan(start: 0, end: 5)], in: "Sorry\nok") == "     \nok")
    #expect(Scorer.blanking([TextSpan(start: 2, end: 4)], in: "héllo") == "hé  o")
    #expect(Scorer.blanking([TextSpan(start: 3, end: 99)], in: "abcdef") == "abc   ")
  }
}
