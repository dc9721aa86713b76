import Foundation
import ReboundKit
import Testing

/// Every scenario in `scenarios/`: it lints clean and its stored paths end as they promise.
@Suite struct BundledScenarioTests {
  @Test func everyBundledScenarioLintsWithoutErrorsOrWarnings() {
    let problems = BundledScenarios.library.diagnostics
    #expect(problems.isEmpty, "\(problems.map(\.rendered).joined(separator: "\n"))")
  }

  @Test func theLibraryHasTheRequiredScenariosAndMixesTheDifficulties() throws {
    let scenarios = BundledScenarios.library.scenarios
    #expect(scenarios.count >= 6)
    #expect(scenarios.contains { $0.id == "lost-pants" })
    #expect(scenarios.contains { $0.id == "broken-glassware" })
    #expect(Set(scenarios.map(\.difficulty)) == Set(Difficulty.allCases))
  }

  @Test(arguments: BundledScenarios.ids)
  func everyStoredPathEndsAsItPromises(_ id: String) throws {
    let scenario = try BundledScenarios.scenario(id)
    #expect(scenario.paths.contains { $0.expect == .resolved })
    #expect(scenario.paths.contains { $0.expect == .walkedOut })
    let runner = PathRunner(scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario))
    for result in runner.runAll() {
      let failures = result.failures
      if let reason = result.path.knownIssue {
        withKnownIssue("\(id): path '\(result.path.name)': \(reason)", isIntermittent: true) {
          #expect(failures.isEmpty, "\(id): path '\(result.path.name)' (line \(result.path.line))")
        }
      } else {
        #expect(failures.isEmpty, "\(id): path '\(result.path.name)' (line \(result.path.line))")
      }
    }
  }

  @Test(arguments: BundledScenarios.ids)
  func aGoodPathScoresHighAndABadPathLow(_ id: String) throws {
    let scenario = try BundledScenarios.scenario(id)
    let runner = PathRunner(scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario))
    let results = runner.runAll()
    let good = results.filter { $0.path.expect == .resolved }
    let bad = results.filter { $0.path.expect == .walkedOut }
    let goodScores = good.map { $0.scorecard.passed ? $0.scorecard.score : -$0.scorecard.score }
    let badScores = bad.map { $0.scorecard.passed ? 100 : $0.scorecard.score }
    #expect(goodScores.allSatisfy { $0 >= 80 }, "\(id): good paths must pass with 80 or more")
    #expect(badScores.allSatisfy { $0 <= 40 }, "\(id): bad paths must fail with 40 or less")
  }

  @Test(arguments: BundledScenarios.ids)
  func theModelRepliesOfTheDebriefMakeMovesAndFallIntoNoPitfall(_ id: String) throws {
    let scenario = try BundledScenarios.scenario(id)
    let scorer = try BundledScenarios.scorer(for: scenario)
    var moves = Set<Label>()
    for reply in scenario.hidden.debrief.modelReplies {
      let verdict = scorer.score(reply)
      #expect(!Label.pitfalls.contains { verdict.has($0) }, "\(id): model reply falls into a pitfall: \(reply)")
      moves.formUnion(verdict.labels)
    }
    #expect(moves.isSuperset(of: Label.moves), "\(id): the model replies together miss \(Set(Label.moves).subtracting(moves))")
  }
}
