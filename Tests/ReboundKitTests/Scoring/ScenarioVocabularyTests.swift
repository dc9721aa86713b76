import ReboundKit
import Testing

/// A scenario's own words join the rubric's classes: its items (`{item}`), remedies
/// (`{remedy}`) and how its problem is described (`{problem}`).
@Suite struct ScenarioVocabularyTests {
  static let vocabulary = ScenarioVocabulary(
    items: ["trousers", "canvas belt"], remedies: ["wetsuit"], extras: ["night dive"], problems: ["soaked"])

  private static let built: Result<Scorer, RubricError> = Result { () throws(RubricError) -> Scorer in
    try Scorer(rubric: try Rubric.builtIn(), vocabulary: vocabulary)
  }

  /// The built-in rubric with the scenario's words.
  static func scorer() throws -> Scorer { try built.get() }

  /// The custom rubric of the fixtures, whose only `{item}` rule is "sorry about your {item}".
  static func customScorer(_ vocabulary: ScenarioVocabulary?) throws -> Scorer {
    try Scorer(rubric: try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml")), vocabulary: vocabulary)
  }

  @Test func theScorerKeepsItsVocabulary() throws {
    #expect(try Self.scorer().vocabulary == Self.vocabulary)
    #expect(try Shared.scorer().vocabulary == nil)
  }

  @Test func theScenariosItemsFillTheItemClass() throws {
    let without = try Self.customScorer(nil)
    let with = try Self.customScorer(Self.vocabulary)
    #expect(without.score("Sorry about your trousers.").labels == [])
    #expect(with.score("Sorry about your trousers.").labels == [.acknowledge])
    #expect(with.score("Sorry about your canvas belt.").labels == [.acknowledge], "a multi-word item")
    #expect(with.score("Sorry about your canvas.").labels == [], "only the whole multi-word item")
    #expect(with.score("Sorry about your towels.").labels == [])
  }

  @Test func vocabularyEvidencePointsAtTheItem() throws {
    let verdict = try Self.customScorer(Self.vocabulary).score("Oh, sorry about your canvas belt!")
    let finding = try #require(verdict.findings.first, verdict.explained)
    #expect(finding.evidence == "sorry about your canvas belt")
    #expect((finding.start, finding.end) == (4, 32))
    #expect(finding.rule == "custom.their-item")
  }

  /// With the built-in rubric, "I'm sorry your trousers were taken" names their problem.
  @Test func anApologyThatNamesTheirItemAcknowledges() throws {
    let verdict = try Self.scorer().score("I'm sorry your trousers were taken")
    #expect(verdict.has(.apologize), verdict.explained)
    #expect(verdict.has(.acknowledge), verdict.explained)
  }

  /// The built-in rubric's phrases pick up the scenario's items, remedies and problems.
  @Test(arguments: [
    LabelledPhrase("I'm sorry about your trousers.", .acknowledge),
    LabelledPhrase("Sorry about your canvas belt.", .acknowledge),
    LabelledPhrase("Sorry your towels got soaked.", .acknowledge),
    LabelledPhrase("I can lend you a wetsuit.", .answer),
  ])
  func theBuiltInRubricUsesTheScenariosWords(_ phrase: LabelledPhrase) throws {
    let verdict = try Self.scorer().score(phrase.text)
    #expect(verdict.has(phrase.label), verdict.explained)
  }

  /// A scenario's vocabulary is laid over the compiled rubric; new words, prefixes, typos of
  /// new words and members inside members all work as if compiled together.
  @Test func theOverlayHandlesNewWordsPrefixesTyposAndNestedMembers() throws {
    let plain = try Self.customScorer(nil)
    let prefixed = try plain.adding(ScenarioVocabulary(items: ["wetsu*"]))
    #expect(prefixed.score("Sorry about your wetsuits.").labels == [.acknowledge])
    let typed = try plain.adding(ScenarioVocabulary(items: ["trousers"]))
    #expect(typed.score("Sorry about your trosuers.").labels == [.acknowledge], "one swap in a new word")
    let nested = try plain.adding(ScenarioVocabulary(items: ["spare {remedy}"], remedies: ["dive mask"]))
    #expect(nested.score("Sorry about your spare dive mask.").labels == [.acknowledge])
    #expect(nested.score("Sorry about your spare dive.").labels == [])
  }

  /// A number the scenario names ("3 free months") is still a number for `{number}` phrases.
  @Test func aNumberInTheVocabularyIsStillANumber() throws {
    let scorer = try Scorer(rubric: try Rubric.builtIn(), vocabulary: ScenarioVocabulary(remedies: ["(1|3|6) free months"]))
    #expect(scorer.score("You'll have it back within 3 days.").has(.communicate))
  }

  @Test func addingReplacesTheVocabularyInsteadOfStackingIt() throws {
    let first = try Self.customScorer(nil).adding(ScenarioVocabulary(items: ["trousers"]))
    let second = try first.adding(ScenarioVocabulary(items: ["kayak"]))
    #expect(second.vocabulary == ScenarioVocabulary(items: ["kayak"]))
    #expect(second.score("Sorry about your kayak.").labels == [.acknowledge])
    #expect(second.score("Sorry about your trousers.").labels == [])
    #expect(try first.adding(nil).score("Sorry about your trousers.").labels == [])
  }

  @Test func aBadMemberIsReportedWithItsClass() throws {
    #expect {
      try Self.customScorer(nil).adding(ScenarioVocabulary(items: ["(unclosed"]))
    } throws: { error in
      "\(error)".contains("item") && "\(error)".contains("(unclosed")
    }
  }
}
