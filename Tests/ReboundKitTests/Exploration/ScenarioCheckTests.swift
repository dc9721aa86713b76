import Foundation
import Testing

@testable import ReboundKit

/// `rebound check` as a library: exploration, unreachable reactions and outcomes, the
/// difficulty comparison, and reports that are the same for the same seed.
@Suite struct ScenarioCheckTests {
  /// Replies of every kind, standing in for the corpus.
  static let replies = [
    "I'm so sorry.",
    "That sounds awful, and it should never have happened.",
    "Can you tell me when you first noticed?",
    "I'll call you back by five with an update.",
    "We'll refund the whole order today.",
    "The courier must have dropped it, that's not on us.",
    "Are you sure you checked properly?",
    "Calm down, it's not the end of the world.",
    "We value your feedback.",
    "I understand, but that's our policy.",
    "Okay.",
    "And there's a voucher for your next visit, on us.",
  ]

  static func library(_ name: String) throws -> ScenarioLibrary {
    let library = ScenarioLibrary.load(paths: [try Fixture.url(name).path])
    try #require(library.scenarios.count == 1, "\(library.diagnostics)")
    return library
  }

  static func check(_ name: String, runs: Int = 300, seed: UInt64 = 1, strict: Bool = false) throws -> ScenarioChecker.Report {
    try ScenarioChecker(runs: runs, seed: seed, strict: strict).check(try library(name), replies: replies, base: try Shared.scorer())
  }

  @Test func anUnreachableOutcomeIsAnErrorAndAnUnreachableReactionAWarning() throws {
    let report = try Self.check("check/unreachable.yaml")
    let check = try #require(report.scenarios.first)
    for result in check.exploration {
      #expect(result.unreachableOutcomes == [.resolved], "\(result.difficulty)")
      #expect(result.unreachableReactions.contains(.missingRemedy), "\(result.difficulty)")
      #expect(result.runs == 300)
      #expect(Scenario.endingOutcomes.map { result.turns[$0]?.count ?? 0 }.reduce(0, +) == 300)
    }
    #expect(check.problems.contains { $0.severity == .error && $0.message == "easy: no session ended resolved in 300 sessions" })
    #expect(check.problems.contains { $0.severity == .warning && $0.message.hasPrefix("hard: unreachable reaction") && $0.message.contains("missing-remedy") })
    // The three above, and the debrief's model replies, which cannot resolve here either.
    #expect(report.errorCount == 4)
  }

  @Test func strictTurnsWarningsIntoErrors() throws {
    let report = try Self.check("check/unreachable.yaml", strict: true)
    #expect(report.warningCount == 0)
    #expect(report.problems.contains { $0.severity == .error && $0.message.contains("missing-remedy") })
    #expect(report.problems.contains { $0.severity == .error && $0.message.contains("no path expects 'resolved'") }, "lint warnings too")
  }

  @Test func theSameSeedGivesTheSameReportByteForByte() throws {
    let first = try Self.check("check/unreachable.yaml", runs: 120, seed: 7)
    let again = try Self.check("check/unreachable.yaml", runs: 120, seed: 7)
    let other = try Self.check("check/unreachable.yaml", runs: 120, seed: 8)
    #expect(CheckJSON.render(first) == CheckJSON.render(again))
    #expect(CheckTable.render(first) == CheckTable.render(again))
    #expect(CheckJSON.render(first) != CheckJSON.render(other))
  }

  @Test func hardCalmsMoreSlowlyAndEscalatesFasterThanEasy() throws {
    let library = try Self.library("check/steady.yaml")
    let scenario = try #require(library.scenarios.first)
    let scorer = try Shared.scorer().adding(scenario.hidden.vocabulary)
    let bank = ReplyBank(replies: Self.replies, scenario: scenario, scorer: scorer)
    let comparison = DifficultyComparison(scenario: scenario, scorer: scorer, bank: bank, seed: 1)
    // After the first good reply the easy customer is calmest and the hard one least calm.
    let afterFirst = Difficulty.allCases.map { comparison.calming.moods[$0]?[1] ?? -1 }
    #expect(afterFirst[0] < afterFirst[1] && afterFirst[1] < afterFirst[2], "\(afterFirst)")
    // After the first excuse the hard customer is angriest.
    let angry = Difficulty.allCases.map { comparison.escalating.moods[$0]?[1] ?? -1 }
    #expect(angry[0] < angry[1] && angry[1] < angry[2], "\(angry)")
    #expect(!comparison.behavesTheSame)
    #expect(comparison.inversions.isEmpty, "\(comparison.inversions)")
    #expect(Array(comparison.calming.replies.prefix(3)) == Array(scenario.hidden.debrief.modelReplies.prefix(3)))
  }

  @Test func identicalCurvesAreReportedAsTheSame() {
    let same = DifficultyComparison.Curves(replies: [""], moods: [.easy: [50, 40], .medium: [50, 40], .hard: [50, 40]])
    #expect(same.isTheSameAtEveryDifficulty)
    let different = DifficultyComparison.Curves(replies: [""], moods: [.easy: [50, 30], .medium: [50, 40], .hard: [50, 45]])
    #expect(!different.isTheSameAtEveryDifficulty)
    #expect(different.swing(at: .easy) == 20)
    let inverted = DifficultyComparison(
      calming: DifficultyComparison.Curves(replies: [""], moods: [.easy: [50, 30], .medium: [50, 25], .hard: [50, 45]]),
      escalating: DifficultyComparison.Curves(replies: [""], moods: [.easy: [50, 80], .medium: [50, 70], .hard: [50, 90]]))
    #expect(inverted.inversions.count == 2, "\(inverted.inversions)")
    #expect(inverted.inversions.first == "calming: after reply 1 the medium customer is calmer than the easy one (mood 25 against 30)")
  }

  @Test func aLoopIsTheSameLineThreeTimesInARow() {
    #expect(Explorer.hasLoop(["a", "b", "b", "b"]))
    #expect(!Explorer.hasLoop(["a", "b", "a", "b"]))
    #expect(!Explorer.hasLoop(["b", "b"]))
  }

  @Test func spreadGivesTheMedianAndRange() throws {
    let odd = try #require(Spread([5, 1, 3]))
    #expect((odd.median, odd.minimum, odd.maximum) == (3, 1, 5))
    #expect(try #require(Spread([1, 2, 3, 10])).median == 2.5)
    #expect(Spread([]) == nil)
  }
}
