import Foundation
import ReboundKit
import Testing

/// One scorer per scenario id, from the scenario files or a library, falling back to the
/// rubric alone; shared by threads.
@Suite struct ScorerCatalogTests {
  static func cache() throws -> ScorerCatalog {
    let base = try Scorer(rubric: try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml")))
    let loader = ScenarioVocabularyLoader(directory: try Fixture.url("scenarios"))
    return ScorerCatalog(base: base, loader: loader)
  }

  @Test func noScenarioUsesTheRubricAlone() throws {
    let cache = try Self.cache()
    #expect(cache.scorer(for: nil).vocabulary == nil)
    #expect(cache.failures.isEmpty)
  }

  @Test func aKnownScenarioAddsItsVocabulary() throws {
    let cache = try Self.cache()
    let scorer = cache.scorer(for: "lost-pants")
    #expect(scorer.vocabulary?.items == ["trousers", "belt"])
    #expect(scorer.vocabulary?.remedies == ["wetsuit"])
    #expect(cache.failures.isEmpty)
  }

  @Test func anUnknownScenarioFallsBackAndSaysWhy() throws {
    let cache = try Self.cache()
    let scorer = cache.scorer(for: "lost-pant")
    #expect(scorer.vocabulary == nil)
    let reason = try #require(cache.failures["lost-pant"])
    #expect(reason.contains("no scenario 'lost-pant'"), "\(reason)")
    #expect(reason.contains("did you mean 'lost-pants'?"), "\(reason)")
  }

  @Test func aLibraryGivesItsScenariosVocabularyAndTheSameScorerToEveryThread() throws {
    let base = try BundledScenarios.scorer(for: try BundledScenarios.scenario("lost-pants"))
    let catalog = ScorerCatalog(base: base, vocabularies: .library(BundledScenarios.library))
    #expect(catalog.base.vocabulary == nil)
    let ids = Array(repeating: BundledScenarios.ids, count: 8).flatMap { $0 }
    let items = ParallelMapProbe.items(ids, catalog)
    for (id, items) in zip(ids, items) {
      #expect(items == (try BundledScenarios.scenario(id)).hidden.vocabulary.items, "\(id)")
    }
    #expect(catalog.scorer(for: "no-such-scenario").vocabulary == nil, "an unknown scenario scores with the rubric alone")
    #expect(catalog.failures.isEmpty)
  }

  @Test func aScorerWithAVocabularyGivesItsPlainRubricAsTheBase() throws {
    let lostPants = try BundledScenarios.scenario("lost-pants")
    let scorer = try BundledScenarios.scorer(for: lostPants)
    #expect(scorer.vocabulary != nil)
    #expect(ScorerCatalog(base: scorer, vocabularies: .none).base.vocabulary == nil)
  }
}

/// Asks the catalog for scenarios' scorers from several threads at once.
private enum ParallelMapProbe {
  static func items(_ ids: [String], _ catalog: ScorerCatalog) -> [[String]] {
    let results = Results(count: ids.count)
    DispatchQueue.concurrentPerform(iterations: ids.count) { index in
      results.store(catalog.scorer(for: ids[index]).vocabulary?.items ?? [], at: index)
    }
    return results.all
  }

  /// `@unchecked Sendable` is safe: `stored` is only touched while `lock` is held.
  private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [[String]]
    init(count: Int) { stored = Array(repeating: [], count: count) }
    func store(_ items: [String], at index: Int) { lock.withLock { stored[index] = items } }
    var all: [[String]] { lock.withLock { stored } }
  }
}
