import Foundation
import Testing

@testable import ReboundKit

/// Parentheses nested thousands deep once overflowed the stack in the phrase parser, taking
/// down every command that read the file. Now they are an error with the file's position.
@Suite struct NestingLimitTests {
  static let deep = String(repeating: "(", count: 30_000) + "mea culpa" + String(repeating: ")", count: 30_000)
  static let unclosed = String(repeating: "(", count: 30_000)

  @Test(arguments: [deep, unclosed])
  func aRubricPhraseNestedTooDeepIsAnError(_ phrase: String) throws {
    let text = try Fixture.text("custom-rubric.yaml").replacingOccurrences(of: "\"mea culpa\"", with: "\"\(phrase)\"")
    let error = #expect(throws: RubricError.self) {
      _ = try Scorer(rubric: try Rubric(yaml: text, source: "deep.yaml"))
    }
    let description = try #require(error).description
    #expect(description.hasPrefix("deep.yaml:24:"), "\(description.prefix(200))")
    #expect(description.hasSuffix(" characters): parentheses nested more than 16 deep"), "\(description.suffix(200))")
    #expect(description.count < 300, "the phrase is quoted by its start, not whole")
  }

  @Test func sixteenLevelsStillParse() throws {
    let phrase = String(repeating: "(", count: 16) + "sorry" + String(repeating: ")", count: 16)
    #expect((try? PhrasePattern(parsing: phrase)) != nil)
    #expect((try? PhrasePattern(parsing: "(" + phrase + ")")) == nil)
  }

  @Test func aScenarioWithADeepPhraseIsLeftOutAndTheOthersLoad() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nesting-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let scenarios = TestSplitGateTests.root.appendingPathComponent("scenarios")
    for name in ["lost-pants.yaml", "broken-glassware.yaml"] {
      try FileManager.default.copyItem(at: scenarios.appendingPathComponent(name), to: folder.appendingPathComponent(name))
    }
    let file = folder.appendingPathComponent("lost-pants.yaml")
    let text = try String(contentsOf: file, encoding: .utf8)
    try #require(text.contains("items: [trousers,"))
    try text.replacingOccurrences(of: "items: [trousers,", with: "items: [\"\(Self.deep)\", trousers,").write(to: file, atomically: true, encoding: .utf8)
    let library = ScenarioLibrary.load(paths: [folder.path])
    #expect(library.scenarios.map(\.id) == ["broken-glassware"])
    let problem = try #require(library.diagnostics.first)
    #expect(problem.description.contains("lost-pants.yaml:"), "\(problem.description.prefix(200))")
    #expect(problem.description.contains("parentheses nested more than 16 deep"))
    #expect(problem.rendered.count < 600, "the source line is shown around the column")
  }
}
