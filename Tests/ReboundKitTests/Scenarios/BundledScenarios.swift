import Foundation
import ReboundKit
import Testing

/// The scenarios in the repository's `scenarios/` folder, loaded once, with one scorer each
/// (a scorer takes seconds to build in a debug build).
enum BundledScenarios {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scenarios").path

  static let library = ScenarioLibrary.load(paths: [directory])

  static var ids: [String] { ScenarioLibrary.scenarioFiles(in: directory).map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent } }

  static func scenario(_ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Scenario {
    try #require(library.scenario(id: id), "scenario \(id) did not load: \(library.diagnostics.map(\.description))", sourceLocation: sourceLocation)
  }

  private static let cache = ScorerStore()

  static func scorer(for scenario: Scenario) throws -> Scorer { try cache.scorer(for: scenario) }
}

/// Builds each scenario's scorer once, whichever test asks first.
private final class ScorerStore: @unchecked Sendable {
  private let lock = NSLock()
  private var scorers: [String: Scorer] = [:]

  func scorer(for scenario: Scenario) throws -> Scorer {
    lock.lock()
    defer { lock.unlock() }
    if let scorer = scorers[scenario.id] { return scorer }
    // As every command scores: the built-in rubric with the built-in learned model.
    let rubric = try Rubric.builtIn().with(model: try ModelFile.builtIn())
    let scorer = try Scorer(rubric: rubric, vocabulary: scenario.hidden.vocabulary)
    scorers[scenario.id] = scorer
    return scorer
  }
}
