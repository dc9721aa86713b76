import Foundation

/// The rubric compiled once, and one scorer per scenario laid over it (cheap: the scenario's
/// vocabulary only extends the lexicon), shared by every thread that grades.
final class ScorerPool: @unchecked Sendable {
  private let rubric: Rubric
  private let library: ScenarioLibrary
  private let lock = NSLock()
  private var plain: Scorer?
  private var byScenario: [String: Scorer] = [:]

  init(rubric: Rubric, library: ScenarioLibrary) {
    self.rubric = rubric
    self.library = library
  }

  /// The scorer for a scenario, and the scenario itself; the rubric alone when it is unknown.
  func scorer(for id: String) throws(RubricError) -> (Scorer, Scenario?) {
    let scenario = library.scenario(id: id)
    let key = scenario == nil ? "" : id
    lock.lock()
    defer { lock.unlock() }
    if let scorer = byScenario[key] { return (scorer, scenario) }
    let base: Scorer
    if let plain {
      base = plain
    } else {
      base = try Scorer(rubric: rubric)
      plain = base
    }
    let scorer = try base.adding(scenario?.hidden.vocabulary)
    byScenario[key] = scorer
    return (scorer, scenario)
  }
}
