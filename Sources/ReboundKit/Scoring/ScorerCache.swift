/// One scorer per scenario id, built on first use: for scoring a corpus whose replies name
/// different scenarios.
public final class ScorerCache {
  public let base: Scorer
  private let loader: ScenarioVocabularyLoader?
  private var byScenario: [String: Scorer] = [:]
  /// Scenario ids that could not be loaded, with why; their replies use the rubric alone.
  public private(set) var failures: [String: String] = [:]

  public init(base: Scorer, loader: ScenarioVocabularyLoader?) {
    self.base = base
    self.loader = loader
  }

  public func scorer(for scenario: String?) -> Scorer {
    guard let scenario, let loader else { return base }
    if let cached = byScenario[scenario] { return cached }
    do {
      let scorer = try base.adding(try loader.vocabulary(for: scenario))
      byScenario[scenario] = scorer
      return scorer
    } catch {
      failures[scenario] = "\(error)"
      byScenario[scenario] = base
      return base
    }
  }
}
