import Foundation

/// `rebound check` as a library: lints the files, then checks every scenario that loaded,
/// on every core. The same inputs and seed give the same report, byte for byte.
public struct ScenarioChecker: Sendable {
  public var runs: Int
  public var seed: UInt64
  public var strict: Bool

  public init(runs: Int = 500, seed: UInt64 = 1, strict: Bool = false) {
    self.runs = runs
    self.seed = seed
    self.strict = strict
  }

  public struct Report: Sendable {
    public var lint: [SourceDiagnostic]
    public var files: [String]
    public var scenarios: [ScenarioCheck]
    public var runs: Int
    public var seed: UInt64
    public var strict: Bool
    /// Corpus replies in the bank (each scenario adds its own replies to these).
    public var bankSize: Int

    public var problems: [CheckProblem] {
      let lintProblems = lint.map {
        CheckProblem(
          $0.severity == .error || strict ? .error : .warning, file: $0.file, "\($0.line):\($0.column): \($0.message)")
      }
      return lintProblems + scenarios.flatMap(\.problems)
    }

    public var errorCount: Int { problems.count { $0.severity == .error } }
    public var warningCount: Int { problems.count { $0.severity == .warning } }
  }

  public func check(_ library: ScenarioLibrary, replies: [String], base: Scorer) throws(RubricError) -> Report {
    let scenarios = library.scenarios
    let scorers = try scenarios.map { (scenario) throws(RubricError) -> Scorer in try base.adding(scenario.hidden.vocabulary) }
    let checks = ParallelMap.map(count: scenarios.count) { index in
      let bank = ReplyBank(replies: replies, scenario: scenarios[index], scorer: scorers[index])
      return ScenarioCheck(scenario: scenarios[index], scorer: scorers[index], bank: bank, runs: runs, seed: seed, strict: strict)
    }
    return Report(
      lint: library.diagnostics, files: library.files, scenarios: checks, runs: runs, seed: seed, strict: strict,
      bankSize: Set(replies).count)
  }
}
