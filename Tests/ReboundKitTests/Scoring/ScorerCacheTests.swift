import Foundation
import ReboundKit
import Testing

/// One scorer per scenario id, from the scenario files, falling back to the rubric alone.
@Suite struct ScorerCacheTests {
  static func cache() throws -> ScorerCache {
    let base = try Scorer(rubric: try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml")))
    let loader = ScenarioVocabularyLoader(directory: try Fixture.url("scenarios"))
    return ScorerCache(base: base, loader: loader)
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
}
