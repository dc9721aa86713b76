import Foundation

/// The one per-scenario cache of scorers: the base scorer with each scenario's vocabulary laid
/// over it (cheap: the compiled rubric is shared), built on first use and kept. `eval`,
/// training and grading all use it, from one thread or from every core.
///
/// `@unchecked Sendable` is safe: `byScenario` and `errors` are only read or written while
/// `lock` is held, and everything else is immutable.
public final class ScorerCatalog: @unchecked Sendable {
  /// Where a scenario's vocabulary comes from.
  public enum Vocabularies: Sendable {
    /// None: every reply scores with the base scorer.
    case none
    /// The scenario's file, read for its vocabulary alone (a file with problems elsewhere
    /// still scores), as `eval` and `train` do.
    case files(ScenarioVocabularyLoader)
    /// Scenarios already read and checked, as grading does.
    case library(ScenarioLibrary)
  }

  /// The scorer with no scenario's vocabulary.
  public let base: Scorer
  private let vocabularies: Vocabularies
  private let lock = NSLock()
  private var byScenario: [String: Scorer] = [:]
  private var errors: [String: any Error] = [:]

  /// - Parameter base: a scorer over the rubric; a scenario vocabulary it carries is dropped.
  public init(base: Scorer, vocabularies: Vocabularies) {
    // Without a vocabulary nothing is laid over the rubric, so this cannot fail.
    self.base = (try? base.adding(nil)) ?? base
    self.vocabularies = vocabularies
  }

  /// Over scenario files in a folder, or none.
  public convenience init(base: Scorer, loader: ScenarioVocabularyLoader?) {
    self.init(base: base, vocabularies: loader.map { .files($0) } ?? .none)
  }

  /// The scorer for a scenario. No scenario, an unknown one or one whose vocabulary cannot be
  /// read or laid over the rubric scores with the base; `failures` says why for the last two.
  public func scorer(for scenario: String?) -> Scorer {
    guard let scenario else { return base }
    lock.lock()
    defer { lock.unlock() }
    if let cached = byScenario[scenario] { return cached }
    let scorer: Scorer
    do {
      scorer = try vocabulary(for: scenario).map { try base.adding($0) } ?? base
    } catch {
      errors[scenario] = error
      scorer = base
    }
    byScenario[scenario] = scorer
    return scorer
  }

  /// Why a scenario's replies score with the base, when its vocabulary failed.
  public func error(for scenario: String) -> (any Error)? {
    lock.withLock { errors[scenario] }
  }

  /// Each scenario whose vocabulary failed, with why.
  public var failures: [String: String] {
    lock.withLock { errors.mapValues { "\($0)" } }
  }

  /// The scenario's vocabulary; nil when there is none to lay over the rubric.
  private func vocabulary(for scenario: String) throws -> ScenarioVocabulary? {
    switch vocabularies {
    case .none: nil
    case .files(let loader): try loader.vocabulary(for: scenario)
    case .library(let library): library.scenario(id: scenario)?.hidden.vocabulary
    }
  }
}
