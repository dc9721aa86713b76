import Foundation

/// One scorer per scenario id, built the first time a transcript of that scenario needs it;
/// threads grading different scenarios never wait for each other's builds.
final class ScorerPool: @unchecked Sendable {
  private let rubric: Rubric
  private let library: ScenarioLibrary
  private let lock = NSLock()
  private var slots: [String: Slot] = [:]

  private final class Slot: @unchecked Sendable {
    let lock = NSLock()
    var scorer: Scorer?
  }

  init(rubric: Rubric, library: ScenarioLibrary) {
    self.rubric = rubric
    self.library = library
  }

  /// Forgets a scenario's scorer, so its memory is freed once no grading uses it.
  func evict(_ id: String) {
    lock.lock()
    slots[library.scenario(id: id) == nil ? "" : id] = nil
    lock.unlock()
  }

  /// The scorer for a scenario, and the scenario itself; the rubric alone when it is unknown.
  func scorer(for id: String) throws(RubricError) -> (Scorer, Scenario?) {
    let scenario = library.scenario(id: id)
    let key = scenario == nil ? "" : id
    lock.lock()
    let slot = slots[key] ?? Slot()
    slots[key] = slot
    lock.unlock()
    slot.lock.lock()
    defer { slot.lock.unlock() }
    if let scorer = slot.scorer { return (scorer, scenario) }
    let scorer = try Scorer(rubric: rubric, vocabulary: scenario?.hidden.vocabulary)
    slot.scorer = scorer
    return (scorer, scenario)
  }
}
