/// Everything `rebound check` found about one scenario: its stored paths played, the
/// seeded exploration at each difficulty, the difficulty comparison, and the problems.
public struct ScenarioCheck: Sendable {
  public struct PathResult: Sendable, Equatable {
    public var name: String
    public var difficulty: Difficulty
    public var expect: Outcome?
    public var passes: Bool?
    public var knownIssue: String?
    public var outcome: Outcome
    public var score: Int
    public var replies: Int
    public var failures: [String]
  }

  public var id: String
  public var file: String
  public var difficulty: Difficulty
  public var paths: [PathResult]
  /// The debrief's `extras` that the scorer does not read as something extra.
  public var lessonExtrasMissed: [String]
  /// The natural offers and questions whose customer reaction does not fit them.
  public var misfits: [ReactionFit.Misfit]
  public var exploration: [ExplorationResult]
  public var comparison: DifficultyComparison
  public var problems: [CheckProblem]

  /// Checks one scenario: `bank` must be scored with `scorer`, the scenario's own scorer.
  public init(scenario: Scenario, scorer: Scorer, bank: ReplyBank, runs: Int, seed: UInt64, strict: Bool) {
    id = scenario.id
    file = scenario.file
    difficulty = scenario.difficulty
    let runner = PathRunner(scenario: scenario, scorer: scorer)
    paths = runner.runAll().map { result in
      PathResult(
        name: result.path.name, difficulty: result.conversation.difficulty, expect: result.path.expect, passes: result.path.passes, knownIssue: result.path.knownIssue,
        outcome: result.outcome, score: result.scorecard.score, replies: result.conversation.turns.count,
        failures: result.failures)
    }
    lessonExtrasMissed = scenario.hidden.debrief.extras.filter { !ReplyReading(scorer.score($0)).offersExtra }
    misfits = ReactionFit(scenario: scenario, scorer: scorer).misfits(seed: seed)
    let explorer = Explorer(scenario: scenario, scorer: scorer, bank: bank)
    exploration = Difficulty.allCases.map { explorer.explore(difficulty: $0, runs: runs, seed: seed) }
    comparison = DifficultyComparison(scenario: scenario, scorer: scorer, bank: bank, seed: seed)
    problems = Self.problems(paths: paths, exploration: exploration, comparison: comparison, file: scenario.file, strict: strict)
    // Measured, not gated: a misfit is the scorer misreading a natural reply, reported so a
    // trainer sees it, and a warning even with --strict.
    for misfit in misfits {
      problems.append(
        CheckProblem(
          .warning, file: scenario.file,
          "a natural \(misfit.kind.rawValue) gets '\(misfit.reaction)': '\(misfit.reply)' → \"\(misfit.customerLine)\""))
    }
    for offer in lessonExtrasMissed {
      problems.append(CheckProblem(.error, file: scenario.file, "the lesson calls '\(offer)' something extra, but it is not scored as one"))
    }
  }

  private static func problems(
    paths: [PathResult], exploration: [ExplorationResult], comparison: DifficultyComparison, file: String, strict: Bool
  ) -> [CheckProblem] {
    let warning: CheckProblem.Severity = strict ? .error : .warning
    var problems: [CheckProblem] = []
    for path in paths where path.failures.isEmpty && path.knownIssue != nil {
      problems.append(
        CheckProblem(warning, file: file, "path '\(path.name)' now plays as promised: remove its known_issue so a relapse is an error"))
    }
    for path in paths where !path.failures.isEmpty {
      if let reason = path.knownIssue {
        problems.append(
          // A known issue is always a warning, even with --strict: it is already written down.
          CheckProblem(.warning, file: file, "path '\(path.name)' (known issue: \(reason)): \(path.failures.joined(separator: "; "))"))
      } else {
        problems.append(CheckProblem(.error, file: file, "path '\(path.name)': \(path.failures.joined(separator: "; "))"))
      }
    }
    for result in exploration {
      let level = result.difficulty.rawValue
      if !result.unreachableReactions.isEmpty {
        problems.append(
          CheckProblem(
            warning, file: file,
            "\(level): unreachable reaction\(result.unreachableReactions.count == 1 ? "" : "s"): \(result.unreachableReactions.map(\.rawValue).joined(separator: ", ")) (never said in \(result.runs) sessions)"))
      }
      for outcome in result.unreachableOutcomes {
        problems.append(CheckProblem(.error, file: file, "\(level): no session ended \(outcome.rawValue) in \(result.runs) sessions"))
      }
      if result.loops > 0 {
        problems.append(
          CheckProblem(
            warning, file: file,
            "\(level): the customer said the same line three times in a row in \(result.loops) session\(result.loops == 1 ? "" : "s"), first in \(result.firstLoop ?? "?")"))
      }
    }
    if comparison.behavesTheSame {
      problems.append(CheckProblem(.error, file: file, "easy, medium and hard give the same mood curves"))
    }
    for inversion in comparison.inversions { problems.append(CheckProblem(warning, file: file, inversion)) }
    return problems
  }
}

/// One thing wrong with a scenario, as `rebound check` reports it.
public struct CheckProblem: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable { case error, warning }
  public var severity: Severity
  public var file: String
  public var message: String

  public init(_ severity: Severity, file: String, _ message: String) {
    self.severity = severity
    self.file = file
    self.message = message
  }

  public var description: String { "\(file): \(severity.rawValue): \(message)" }
}
