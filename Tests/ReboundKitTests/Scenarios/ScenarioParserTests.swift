import Foundation
import ReboundKit
import Testing

/// Loading scenario files: every problem, with its place, a caret and a did-you-mean.
@Suite struct ScenarioParserTests {
  static func bundledText() throws -> String {
    try String(contentsOfFile: BundledScenarios.directory + "/lost-pants.yaml", encoding: .utf8)
  }

  static func load(_ text: String, named name: String = "lost-pants.yaml") throws -> (Scenario?, [SourceDiagnostic]) {
    let folder = try TemporaryFolder()
    let path = try folder.write(name, text)
    let (scenario, diagnostics) = ScenarioLibrary.loadFile(path)
    return (scenario, diagnostics.map { var d = $0; d.file = name; return d })
  }

  /// The line number (1-based) of the first line containing `needle`.
  static func line(of needle: String, in text: String) -> Int {
    (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(needle) } ?? -1) + 1
  }

  @Test func theBundledLostPantsLoadsWithEverything() throws {
    let (scenario, diagnostics) = try Self.load(Self.bundledText())
    #expect(diagnostics.isEmpty)
    let loaded = try #require(scenario)
    #expect(loaded.id == "lost-pants")
    #expect(loaded.difficulty == .hard)
    #expect(loaded.reactions.count == Reaction.allCases.count)
    #expect(loaded.reactions.values.allSatisfy { $0.count >= 3 })
    #expect(loaded.endings.keys.sorted { $0.rawValue < $1.rawValue } == [.resolved, .turnLimit, .walkedOut])
    #expect(loaded.hidden.vocabulary.items.contains("trousers"))
    #expect(loaded.hidden.debrief.modelReplies.count >= 2)
    #expect(loaded.hash.count == 16)
  }

  @Test func anUnknownReactionIsReportedWithItsPlaceACaretAndADidYouMean() throws {
    let text = try Self.bundledText().replacingOccurrences(of: "  blame:\n", with: "  blamme:\n")
    let (scenario, diagnostics) = try Self.load(text)
    #expect(scenario == nil)
    let line = Self.line(of: "  blamme:", in: text)
    let unknown = try #require(diagnostics.first { $0.message.contains("blamme") })
    #expect(unknown.description == "lost-pants.yaml:\(line):3: error: unknown reaction 'blamme' (did you mean 'blame'?)")
    #expect(unknown.rendered.hasSuffix("\n      blamme:\n      ^"))
    #expect(diagnostics.contains { $0.message == "reactions is missing 'blame'" })
  }

  @Test func everyProblemInAFileIsReportedNotJustTheFirst() throws {
    let text = try Self.bundledText()
      .replacingOccurrences(of: "difficulty: hard", with: "difficulty: hrad")
      .replacingOccurrences(of: "  mood: 80", with: "  mood: 180")
      .replacingOccurrences(of: "  turn_limit: 10", with: "  turn_limt: 10")
      .replacingOccurrences(of: "    expect: walked-out", with: "    expect: walkedout")
    let (_, diagnostics) = try Self.load(text)
    let messages = diagnostics.map(\.message)
    #expect(messages.contains { $0.hasPrefix("unknown difficulty 'hrad' (did you mean 'hard'?)") })
    #expect(messages.contains("persona.mood must be from 0 to 99, not 180"))
    #expect(messages.contains("unknown key 'turn_limt' in session (did you mean 'turn_limit'?)"))
    #expect(messages.contains { $0.hasPrefix("unknown paths[1].expect 'walkedout' (did you mean 'walked-out'?)") })
    #expect(diagnostics.count >= 4)
    #expect(diagnostics.allSatisfy { $0.line > 0 && $0.column > 0 && $0.sourceLine != nil })
  }

  @Test func tooFewVariantsIsAnError() throws {
    let text = """
      id: tiny
      title: Tiny
      difficulty: easy
      brief: You are at the desk.
      persona: {name: Sam, temperament: calm, mood: 50}
      opening: ["Hello.", "Hi.", "Hey."]
      reactions:
        rude: ["One.", "Two."]
      endings: {}
      hidden:
        facts: [none]
        vocabulary: {items: [cup], remedies: ["new cup"], extras: [voucher], problems: [cracked]}
        debrief: {lesson: Be kind., model_replies: ["Sorry.", "We'll replace it."]}
      """
    let (scenario, diagnostics) = try Self.load(text, named: "tiny.yaml")
    #expect(scenario == nil)
    #expect(diagnostics.contains { $0.message == "reactions.rude needs at least 3 variants, found 2" && $0.line == 8 })
    #expect(diagnostics.contains { $0.message.hasPrefix("reactions is missing 'silence', 'blame'") })
    #expect(diagnostics.contains { $0.message == "endings is missing 'resolved', 'walked-out', 'turn-limit'" })
  }

  @Test func aYAMLSyntaxErrorGivesItsLineAndColumn() throws {
    let (scenario, diagnostics) = try Self.load("id: x\ntitle: [unclosed\ndifficulty: easy\n", named: "x.yaml")
    #expect(scenario == nil)
    let problem = try #require(diagnostics.first)
    #expect(problem.description.hasPrefix("x.yaml:"))
    #expect(problem.message.hasPrefix("not valid YAML"))
    #expect(problem.line >= 2)
  }

  @Test func theIDMustMatchTheFileNameAndBeASlug() throws {
    let text = try Self.bundledText()
    let (_, mismatched) = try Self.load(text, named: "other.yaml")
    #expect(mismatched.contains { $0.message.contains("does not match the file name") })
    let (_, unslugged) = try Self.load(text.replacingOccurrences(of: "id: lost-pants", with: "id: Lost Pants"))
    #expect(unslugged.contains { $0.message.contains("must be a plain slug") })
  }

  @Test func aBadVocabularyPhraseIsReportedAtItsEntry() throws {
    let text = try Self.bundledText().replacingOccurrences(of: "items: [trousers,", with: "items: [\"(trousers\",")
    let (_, diagnostics) = try Self.load(text)
    let problem = try #require(diagnostics.first { $0.message.hasPrefix("vocabulary.items: in '(trousers'") })
    #expect(problem.line == Self.line(of: "items: [\"(trousers\"", in: text))
  }

  @Test func aBrokenFileNeverStopsTheOthersFromLoading() throws {
    let folder = try TemporaryFolder()
    try folder.write("lost-pants.yaml", try Self.bundledText())
    try folder.write("broken.yaml", "id: broken\ntitle: [\n")
    try folder.write("notes.txt", "not a scenario")
    let library = ScenarioLibrary.load(paths: [folder.url.path])
    #expect(library.scenarios.map(\.id) == ["lost-pants"])
    #expect(library.files.count == 2)
    #expect(library.diagnostics.allSatisfy { $0.file.hasSuffix("broken.yaml") })
    #expect(library.diagnostics.hasErrors)
  }

  @Test func aMissingPathIsReported() {
    let library = ScenarioLibrary.load(paths: ["/no/such/folder"])
    #expect(library.diagnostics.map(\.description) == ["/no/such/folder: error: no such file or folder"])
  }
}

/// A fresh temporary folder for one test's files.
struct TemporaryFolder: ~Copyable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try Data(text.utf8).write(to: file)
    return file.path
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
