import Foundation
@testable import ReboundKit
import Testing

/// The rule file: its version, its errors (each with file, line, column and path), and the
/// examples it lists for its rules.
@Suite struct RubricTests {
  // MARK: Version

  @Test func theBuiltInRubricHasAVersion() throws {
    let rubric = try Rubric.builtIn()
    #expect(rubric.version.count == 16)
    #expect(rubric.version.allSatisfy { $0.isHexDigit && !$0.isUppercase }, "\(rubric.version)")
    #expect(try Rubric.builtIn().version == rubric.version)
  }

  /// The version is the first 16 hex digits of the SHA-256 of the file's bytes
  /// (`sha256sum Tests/ReboundKitTests/Fixtures/custom-rubric.yaml | cut -c1-16`).
  @Test func theVersionIsTheStartOfTheFilesSHA256() throws {
    let rubric = try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml"), displayName: "custom-rubric.yaml")
    #expect(rubric.version == "26180e7da629d93c")
    #expect(rubric.source == "custom-rubric.yaml")
  }

  @Test func theVersionChangesWithTheText() throws {
    let text = try Fixture.text("custom-rubric.yaml")
    let original = try Rubric(yaml: text, source: "a.yaml")
    let again = try Rubric(yaml: text, source: "b.yaml")
    let commented = try Rubric(yaml: text + "# one more comment\n", source: "a.yaml")
    let reweighted = try Rubric(yaml: text.replacingOccurrences(of: "threshold: 1.0", with: "threshold: 2.0"), source: "a.yaml")
    #expect(again.version == original.version)
    #expect(commented.version != original.version)
    #expect(reweighted.version != original.version)
    #expect(commented.version != reweighted.version)
  }

  // MARK: Errors

  struct Mistake: Sendable, CustomTestStringConvertible {
    let replacing: String
    let with: String
    /// The whole error text, or its start when it ends with what Yams says.
    let error: String
    var testDescription: String { "\(replacing) → \(with)" }
  }

  /// Each mistake made in the custom rubric, and the error a trainer reads.
  static let mistakes = [
    Mistake(
      replacing: "label: apologize", with: "label: apologise",
      error: "trainer.yaml:22:12: error: rules[1].label: unknown label 'apologise' (did you mean 'apologize'?) (labels: acknowledge, communicate, apologize, answer, excuse, blame, rude)"),
    Mistake(
      replacing: "window: 3", with: "window: lots",
      error: "trainer.yaml:8:11: error: negation.window: expected a number"),
    Mistake(
      replacing: "  - id: custom.shoo", with: "  - name: custom.shoo",
      error: "trainer.yaml:31:5: error: rules[3]: missing key 'id'"),
    Mistake(
      replacing: "{fix}", with: "{fixx}",
      error: "trainer.yaml:29:15: error: rules[2].phrases[0]: unknown class '{fixx}' (did you mean 'fix'?)"),
    Mistake(
      replacing: "id: custom.mend", with: "id: custom.shoo",
      error: "trainer.yaml:31:9: error: rules[3].id: the rule id 'custom.shoo' is used twice"),
    Mistake(
      replacing: "    cue: negator\n", with: "    cue: rude\n",
      error: "trainer.yaml:18:10: error: rules[0].cue: 'rude' is a label: write `label: rude`, not `cue:`"),
    Mistake(
      replacing: "  cue: negator\n  window", with: "  cue: negatr\n  window",
      error: "trainer.yaml:7:8: error: negation.cue: no rule produces the cue 'negatr'"),
    Mistake(
      replacing: "structures: []", with: "structures:\n  - {id: timed, add: communicate, when: [answer], scope: paragraph}",
      error: "trainer.yaml:41:58: error: structures[0].scope: unknown scope 'paragraph' (scopes: overlap, clause, sentence, reply)"),
    Mistake(
      replacing: "structures: []", with: "structures:\n  - {id: timed, add: communicate, when: [answr], scope: sentence}",
      error: "trainer.yaml:41:42: error: structures[0].when[0]: no label or cue named 'answr' (did you mean 'answer'?)"),
  ]

  @Test(arguments: mistakes)
  func aMistakeIsReportedWhereItIs(_ mistake: Mistake) throws {
    let text = try Fixture.text("custom-rubric.yaml")
    try #require(text.contains(mistake.replacing))
    let broken = text.replacingOccurrences(of: mistake.replacing, with: mistake.with)
    let error = #expect(throws: RubricError.self) {
      _ = try Scorer(rubric: try Rubric(yaml: broken, source: "trainer.yaml"))
    }
    let description = try #require(error).description
    #expect(description.hasPrefix(mistake.error), "\(description)")
    #expect(error?.file == "trainer.yaml")
    #expect(error?.line != nil && error?.column != nil)
    #expect(error.flatMap(\.errorDescription) == description)
  }

  /// A fixture file with an unknown label: the loader names the file, the position and the
  /// path, and suggests the label meant.
  @Test func anUnknownLabelInARuleFileSuggestsTheRightOne() throws {
    let url = try Fixture.url("unknown-label-rubric.yaml")
    let error = #expect(throws: RubricError.self) {
      _ = try Scorer(rubric: try Rubric(contentsOf: url, displayName: "unknown-label-rubric.yaml"))
    }
    #expect(error?.file == "unknown-label-rubric.yaml")
    #expect(error?.line == 18)
    #expect(error?.column == 12)
    #expect(error?.path == "rules[1].label")
    #expect(
      error?.description
        == "unknown-label-rubric.yaml:18:12: error: rules[1].label: unknown label 'apologise' (did you mean 'apologize'?) (labels: acknowledge, communicate, apologize, answer, excuse, blame, rude)"
    )
  }

  /// Text that is not valid YAML at all still says where the parser stopped.
  @Test(arguments: [
    ("phrases: [shoo]", "phrases: [shoo"),
    ("  im: i am", "\tim: i am"),
    ("  - id: custom.mend", "  - id: custom.mend\n - stray: item"),
  ])
  func invalidYAMLIsReportedWithItsLine(_ replacing: String, _ with: String) throws {
    let text = try Fixture.text("custom-rubric.yaml").replacingOccurrences(of: replacing, with: with)
    let error = #expect(throws: RubricError.self) {
      _ = try Rubric(yaml: text, source: "trainer.yaml")
    }
    #expect(error?.file == "trainer.yaml")
    #expect(error?.line != nil, "\(String(describing: error))")
    let description = error?.description ?? ""
    #expect(description.hasPrefix("trainer.yaml:\(error?.line ?? 0):"), "\(description)")
  }

  @Test func aMissingRuleFileIsReportedByName() throws {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-rubric-\(UUID().uuidString).yaml")
    let error = #expect(throws: RubricError.self) {
      _ = try Rubric(contentsOf: url, displayName: "mine.yaml")
    }
    #expect(error?.description.hasPrefix("mine.yaml: error: cannot read the rule file") == true, "\(String(describing: error))")
  }

  // MARK: The rubric's own examples

  struct RuleExample: Sendable, CustomTestStringConvertible {
    let rule: String
    let label: Label
    let text: String
    var testDescription: String { "\(rule): \"\(text)\" → \(label.rawValue)" }
  }

  /// Every `examples:` entry under a rule of the built-in rubric, with the label the rule
  /// gives: its own `label`, or for a cue the label a structure adds from that cue alone.
  static var builtInExamples: [RuleExample] {
    guard let document = try? Rubric.builtIn().document() else { return [] }
    return document.rules.flatMap { rule -> [RuleExample] in
      let labelName = rule.label ?? document.structures.first { $0.when == [rule.cue ?? ""] && $0.add.flatMap(Label.init(rawValue:)) != nil }?.add
      guard let labelName, let label = Label(rawValue: labelName) else { return [] }
      return (rule.examples ?? []).map { RuleExample(rule: rule.id, label: label, text: $0) }
    }
  }

  @Test func theBuiltInRubricListsExamples() {
    #expect(Self.builtInExamples.count >= 20)
  }

  @Test(arguments: builtInExamples)
  func eachExampleGetsItsRulesLabel(_ example: RuleExample) throws {
    let verdict = try Shared.score(example.text)
    #expect(verdict.has(example.label), verdict.explained)
  }

  /// The custom rubric's examples, scored by a scorer built from that rubric.
  @Test func aTrainersRubricScoresItsOwnExamples() throws {
    let rubric = try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml"))
    let scorer = try Scorer(rubric: rubric)
    for rule in try rubric.document().rules {
      for example in rule.examples ?? [] {
        let verdict = scorer.score(example)
        #expect(verdict.labels.map(\.rawValue) == [rule.label ?? ""], "\(example)")
        #expect(verdict.findings.map(\.rule) == [rule.id], "\(example)")
      }
    }
  }
}
