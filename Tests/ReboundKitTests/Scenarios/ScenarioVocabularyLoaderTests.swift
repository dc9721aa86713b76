import Foundation
import ReboundKit
import Testing

/// Reading the `vocabulary:` of scenario files for the scorer.
@Suite struct ScenarioVocabularyLoaderTests {
  static func loader() throws -> ScenarioVocabularyLoader {
    ScenarioVocabularyLoader(directory: try Fixture.url("scenarios"))
  }

  @Test func readsAScenariosVocabulary() throws {
    let vocabulary = try Self.loader().vocabulary(for: "lost-pants")
    #expect(vocabulary == ScenarioVocabulary(items: ["trousers", "belt"], remedies: ["wetsuit"], problems: ["soaked"]))
  }

  @Test func aScenarioWithoutVocabularyHasAnEmptyOne() throws {
    #expect(try Self.loader().vocabulary(for: "no-vocabulary") == ScenarioVocabulary())
  }

  @Test func listsTheKnownScenarios() throws {
    #expect(try Self.loader().knownIDs() == ["lost-pants", "no-vocabulary"])
  }

  @Test func anUnknownScenarioNamesTheKnownOnes() throws {
    let loader = try Self.loader()
    let error = #expect(throws: ScenarioVocabularyLoader.LoadError.self) {
      _ = try loader.vocabulary(for: "lost-pant")
    }
    #expect(error == .unknownScenario("lost-pant", directory: loader.directory.path, known: ["lost-pants", "no-vocabulary"]))
    #expect(
      error?.description
        == "no scenario 'lost-pant' in \(loader.directory.path) (did you mean 'lost-pants'?) (known: lost-pants, no-vocabulary)")
  }
}
