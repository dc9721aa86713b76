import Foundation
@testable import ReboundKit
import Testing

/// Paths that must pass or must not (`passes:`), the debrief's model replies played as one,
/// and the mood's second chance for a remedy.
@Suite struct PathPassesTests {
  static func runner(_ id: String) throws -> PathRunner {
    let scenario = try BundledScenarios.scenario(id)
    return PathRunner(scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario))
  }

  static let rudeness = ["Calm down, it's only a pair of trousers.", "Whatever. Take it or leave it."]

  @Test func aPoorSessionThatMustNotPassDoesNot() throws {
    let result = try Self.runner("lost-pants").run(ScenarioPath(name: "rude", replies: Self.rudeness, expect: nil, passes: false))
    #expect(result.failures.isEmpty, "\(result.failures)")
  }

  @Test func aPoorSessionThatShouldHavePassedSaysWhy() throws {
    let result = try Self.runner("lost-pants").run(ScenarioPath(name: "rude", replies: Self.rudeness, expect: nil, passes: true))
    #expect(result.failures.count == 1)
    #expect(result.failures.first?.hasPrefix("did not pass (scored ") == true, "\(result.failures)")
  }

  @Test func aSessionThatMustPassMayResolveBeforeItsLastReply() throws {
    let scenario = try BundledScenarios.scenario("lost-pants")
    let replies = scenario.hidden.debrief.modelReplies + ["I'll check in again tomorrow morning."]
    let result = try Self.runner("lost-pants").run(ScenarioPath(name: "good", replies: replies, expect: nil, passes: true))
    #expect(result.outcome == .resolved)
    #expect(result.failures.isEmpty, "\(result.failures)")
  }

  @Test func theDebriefsModelRepliesArePlayedLastAndMustPass() throws {
    let runner = try Self.runner("broken-glassware")
    let results = runner.runAll()
    let last = try #require(results.last)
    #expect(last.path.name == PathRunner.modelRepliesName)
    #expect(last.path.passes == true)
    #expect(last.scorecard.passed, "\(last.failures)")
  }

  @Test func aKnownIssueIsReadFromTheFileAndIsAWarningEvenWhenStrict() throws {
    let stored = try BundledScenarios.scenario("bike-repair")
    #expect(stored.paths.contains { $0.knownIssue?.isEmpty == false })
    var scenario = try BundledScenarios.scenario("lost-pants")
    scenario.paths = [ScenarioPath(name: "rude but said to pass", replies: Self.rudeness, expect: nil, passes: true, knownIssue: "written to fail")]
    let scorer = try BundledScenarios.scorer(for: scenario)
    let check = ScenarioCheck(
      scenario: scenario, scorer: scorer, bank: ReplyBank(replies: [], scenario: scenario, scorer: scorer), runs: 7, seed: 1, strict: true)
    let problem = try #require(check.problems.first { $0.message.contains("rude but said to pass") })
    #expect(problem.severity == .warning)
    #expect(problem.message.contains("(known issue: written to fail)"))
  }

  @Test func aKnownIssueThatNoLongerHappensIsReportedSoItCanGo() throws {
    var scenario = try BundledScenarios.scenario("lost-pants")
    let good = try #require(scenario.paths.first { $0.passes == true && $0.knownIssue == nil })
    scenario.paths = [ScenarioPath(name: "fixed since", replies: good.replies, expect: nil, passes: true, knownIssue: "once failed")]
    let scorer = try BundledScenarios.scorer(for: scenario)
    let check = ScenarioCheck(
      scenario: scenario, scorer: scorer, bank: ReplyBank(replies: [], scenario: scenario, scorer: scorer), runs: 7, seed: 1, strict: true)
    let problem = try #require(check.problems.first { $0.message.contains("'fixed since'") })
    #expect(problem.severity == .error, "with --strict, a stale known issue fails the check")
    #expect(problem.message.contains("now plays as promised: remove its known_issue"))
  }

  @Test func aCustomerWhoWalksOutEarlyStillMeetsAWalkedOutPath() throws {
    let hostile = ["Are you sure you even locked it?", "Calm down, it's only a pair of trousers.", "Whatever. Not my problem."]
    let runner = try Self.runner("lost-pants")
    let walked = runner.run(ScenarioPath(name: "hostile", replies: hostile + hostile, expect: .walkedOut))
    #expect(walked.conversation.outcome == .walkedOut)
    #expect(walked.failures.isEmpty, "\(walked.failures)")
    // Expecting another ending, the same early walk-out is a failure that says so.
    let other = runner.run(ScenarioPath(name: "hostile", replies: hostile + hostile, expect: .turnLimit))
    #expect(other.failures.contains { $0.contains("expected turn-limit") })
    #expect(other.failures.contains { $0.contains("replies unplayed") })
  }

  // MARK: - Reactions that fit

  @Test(arguments: BundledScenarios.ids)
  func everyScenarioHasAReplyThatHearsTheCustomerWithoutOffering(_ id: String) throws {
    let scenario = try BundledScenarios.scenario(id)
    let fit = ReactionFit(scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario))
    #expect(fit.hearingReply != nil)
    #expect(!scenario.hidden.naturalReplies.offers.isEmpty && !scenario.hidden.naturalReplies.questions.isEmpty)
  }

  @Test func anOfferIsHeardAsAnOfferAndAnAsideAsAQuestion() throws {
    let scenario = try BundledScenarios.scenario("lost-pants")
    let fit = ReactionFit(scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario))
    #expect(fit.reaction(to: "We'll pay for the trousers and the belt today.")?.reaction == .remedy)
    #expect(fit.reaction(to: "Shall I carry your dive bag up to the office?")?.reaction == .aside)
    #expect(fit.reaction(to: "Was anything else taken from the cabin?")?.reaction == .question)
  }

  // MARK: - The mood

  @Test func aFurtherRemedyStillCalmsByHalf() throws {
    let mood = MoodModel(difficulty: .medium)
    let remedy = ReplyReading(try Shared.score("I'll refund the whole order today."))
    #expect(remedy.answers)
    var history = MoodModel.History()
    history.apologized = true
    history.communicated = true  // only the remedy's share changes between the two
    let first = mood.change(for: remedy, after: history, demandUnmet: false)
    history.answered = true
    let second = mood.change(for: remedy, after: history, demandUnmet: false)
    #expect(first < 0 && second < 0)
    // The remedy calms 14, then 7; saying when again calms 3 both times.
    #expect(first == -17 && second == -10, "first \(first), second \(second)")
  }
}
