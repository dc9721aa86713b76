import ReboundKit
import Testing

/// The session score: 20 a move, 10 for person first, 10 for something extra, minus pitfalls.
@Suite struct ScorecardTests {
  static func card(_ replies: [String], outcome: Outcome? = .resolved) throws -> Scorecard {
    let scenario = try BundledScenarios.scenario("lost-pants")
    let scorer = try BundledScenarios.scorer(for: scenario)
    return Scorecard(verdicts: replies.map { scorer.score($0) }, outcome: outcome, passMark: 80)
  }

  @Test func everyMovePersonFirstAndAnExtraMakeAHundred() throws {
    let card = try Self.card([
      "I'm so sorry, someone got into your cabin and took your trousers.",
      "What else was taken?",
      "We'll pay for the trousers today and give you a free dive tomorrow.",
    ])
    #expect(card.score == 100)
    #expect(card.passed)
    #expect(card.personFirst)
    #expect(card.extraReply == 3)
    #expect(card.moves[.apologize]?.reply == 1)
    #expect(card.breakdown.map(\.points).reduce(0, +) == 100)
  }

  @Test func aFixBeforeTheApologyLosesThePersonFirstPoints() throws {
    let card = try Self.card([
      "We'll pay for the trousers today.", "I'm so sorry, someone got into your cabin.", "What else was taken?",
    ])
    #expect(!card.personFirst)
    #expect(card.score == 80)
  }

  @Test func pitfallsCostPointsPerReply() throws {
    let card = try Self.card(
      ["Are you sure you locked your door?", "Calm down, it's only a pair of trousers."], outcome: .walkedOut)
    #expect(card.count(of: .blame) == 1)
    #expect(card.count(of: .rude) == 1)
    #expect(card.score == 0)
    #expect(!card.passed)
    #expect(card.breakdown.contains { $0.points == -Scorecard.Points.blame })
  }

  @Test func aHighScoreWithoutResolutionDoesNotPassButATranscriptWithoutAnOutcomeCan() throws {
    let replies = [
      "I'm so sorry, someone got into your cabin and took your trousers.", "What else was taken?",
      "We'll pay for the trousers today and give you a free dive tomorrow.",
    ]
    #expect(try !Self.card(replies, outcome: .turnLimit).passed)
    #expect(try Self.card(replies, outcome: nil).passed)
  }
}

extension ScorecardTests {
  @Test func aMoveSetByReviewKeepsThePersonFirstPoints() throws {
    let scenario = try BundledScenarios.scenario("lost-pants")
    let scorer = try BundledScenarios.scorer(for: scenario)
    let verdicts = ["I'm so sorry, someone took your trousers from your locked cabin.", "Leave it with me."].map { scorer.score($0) }
    let card = Scorecard(verdicts: verdicts, outcome: nil, passMark: 80, overrides: [.answer: true])
    #expect(card.personFirst)
    #expect(card.moves[.answer]?.reply == 0)
  }
}
