import Foundation
import Yams

/// Turns the text of one scenario file into a `Scenario`, reporting every problem it finds
/// (with line, column and a did-you-mean) rather than stopping at the first.
struct ScenarioParser {
  let file: String
  let text: String
  /// The id the file name promises (`lost-pants` for `lost-pants.yaml`), if any.
  let expectedID: String?

  static let topKeys = [
    "id", "title", "difficulty", "brief", "persona", "session", "opening", "reactions", "endings", "hidden", "paths",
  ]
  static let minimumVariants = 3

  func parse() -> (scenario: Scenario?, diagnostics: [SourceDiagnostic]) {
    var reader = YAMLNodeReader(file: file, text: text)
    let root: Node
    do {
      guard let composed = try Yams.compose(yaml: text) else {
        reader.report(.error, "the file is empty; a scenario needs at least: \(Self.topKeys.joined(separator: ", "))", line: 0, column: 0)
        return (nil, reader.diagnostics)
      }
      root = composed
    } catch let error as YamlError {
      let (line, column, message) = Self.describe(error)
      reader.report(.error, "not valid YAML: \(message)", line: line, column: column)
      return (nil, reader.diagnostics)
    } catch {
      reader.report(.error, "not valid YAML: \(error)", line: 0, column: 0)
      return (nil, reader.diagnostics)
    }
    guard let top = reader.mapping(root, named: "the scenario", known: Self.topKeys) else {
      return (nil, reader.diagnostics)
    }
    let scenario = read(top, root: root, with: &reader)
    return (reader.diagnostics.hasErrors ? nil : scenario, reader.diagnostics)
  }

  private func read(_ top: [String: Node], root: Node, with reader: inout YAMLNodeReader) -> Scenario? {
    let id = reader.text(reader.require("id", in: top, of: root, what: "the scenario"), named: "id")
    if let id, let node = top["id"] {
      if !ScenarioID.isValid(id) {
        reader.error("id '\(id)' must be a plain slug: lower-case letters, digits and single hyphens", at: node)
      } else if let expectedID, expectedID != id {
        reader.error("id '\(id)' does not match the file name; name the file '\(id).yaml' or the id '\(expectedID)'", at: node)
      }
    }
    let title = reader.text(reader.require("title", in: top, of: root, what: "the scenario"), named: "title")
    let difficulty = reader.choice(
      reader.require("difficulty", in: top, of: root, what: "the scenario"), named: "difficulty", as: Difficulty.self)
    let brief = reader.text(reader.require("brief", in: top, of: root, what: "the scenario"), named: "brief")
    let persona = readPersona(reader.require("persona", in: top, of: root, what: "the scenario"), with: &reader)
    let session = readSession(top["session"], with: &reader)
    let opening = reader.texts(
      reader.require("opening", in: top, of: root, what: "the scenario"), named: "opening", atLeast: Self.minimumVariants)
    let reactions = readLines(
      reader.require("reactions", in: top, of: root, what: "the scenario"), named: "reactions", kind: "reaction",
      of: Reaction.self, with: &reader)
    let endings = readLines(
      reader.require("endings", in: top, of: root, what: "the scenario"), named: "endings", kind: "ending",
      of: EndingName.self, with: &reader)
    let hidden = readHidden(reader.require("hidden", in: top, of: root, what: "the scenario"), with: &reader)
    let paths = readPaths(top["paths"], with: &reader)
    if let persona, persona.mood < session.resolveBelow, let node = top["persona"] {
      reader.warning(
        "persona's mood \(persona.mood) already starts below session.resolve_below \(session.resolveBelow)", at: node)
    }
    checkPathCoverage(paths, node: top["paths"] ?? root, with: &reader)

    guard let id, let title, let difficulty, let brief, let persona, let opening, let reactions, let endings,
      let hidden
    else { return nil }
    return Scenario(
      id: id, title: title, difficulty: difficulty, brief: brief, persona: persona, session: session,
      opening: opening, reactions: reactions,
      endings: Dictionary(uniqueKeysWithValues: endings.map { ($0.key.outcome, $0.value) }),
      hidden: hidden, paths: paths, file: file, hash: ScenarioHash.of(text))
  }

  private func readPersona(_ node: Node?, with reader: inout YAMLNodeReader) -> Persona? {
    guard let map = reader.mapping(node, named: "persona", known: ["name", "temperament", "mood"]) else { return nil }
    let name = reader.text(reader.require("name", in: map, of: node, what: "persona"), named: "persona.name")
    let temperament = reader.text(
      reader.require("temperament", in: map, of: node, what: "persona"), named: "persona.temperament")
    let mood = reader.integer(
      reader.require("mood", in: map, of: node, what: "persona"), named: "persona.mood", in: 0...99)
    guard let name, let temperament, let mood else { return nil }
    return Persona(name: name, temperament: temperament, mood: mood)
  }

  private func readSession(_ node: Node?, with reader: inout YAMLNodeReader) -> SessionRules {
    var rules = SessionRules.defaults
    guard let map = reader.mapping(node, named: "session", known: ["resolve_below", "turn_limit", "pass_mark"]) else {
      return rules
    }
    if let value = reader.integer(map["resolve_below"], named: "session.resolve_below", in: 1...99) {
      rules.resolveBelow = value
    }
    if let value = reader.integer(map["turn_limit"], named: "session.turn_limit", in: 2...50) { rules.turnLimit = value }
    if let value = reader.integer(map["pass_mark"], named: "session.pass_mark", in: 0...100) { rules.passMark = value }
    return rules
  }

  /// A mapping from names (reactions or endings) to their variants; every name is required.
  private func readLines<Name: RawRepresentable<String> & CaseIterable & Hashable>(
    _ node: Node?, named what: String, kind: String, of type: Name.Type, with reader: inout YAMLNodeReader
  ) -> [Name: [String]]? {
    guard let node else { return nil }
    guard case .mapping(let pairs) = node else {
      reader.error("\(what) must map each \(kind) to its lines", at: node)
      return nil
    }
    let names = Name.allCases.map(\.rawValue)
    var result: [Name: [String]] = [:]
    for (keyNode, value) in pairs {
      let key = keyNode.scalar?.string ?? ""
      guard let name = Name(rawValue: key) else {
        reader.error("unknown \(kind) '\(key)'\(suggestion(key, among: names))", at: keyNode)
        continue
      }
      guard result[name] == nil else {
        reader.error("\(kind) '\(key)' is given twice", at: keyNode)
        continue
      }
      let lines = reader.texts(value, named: "\(what).\(key)", atLeast: Self.minimumVariants) ?? []
      if Set(lines).count < lines.count { reader.warning("\(what).\(key) repeats a variant", at: value) }
      result[name] = lines
    }
    let optional = Set(Reaction.optional.keys.map(\.rawValue))
    let missing = Name.allCases.filter { result[$0] == nil && !optional.contains($0.rawValue) }.map(\.rawValue)
    if !missing.isEmpty {
      reader.error("\(what) is missing \(missing.map { "'\($0)'" }.joined(separator: ", "))", at: node)
    }
    return result
  }

  private func readHidden(_ node: Node?, with reader: inout YAMLNodeReader) -> HiddenMaterial? {
    guard let map = reader.mapping(node, named: "hidden", known: ["facts", "vocabulary", "debrief", "natural_replies"]) else { return nil }
    let facts = reader.texts(reader.require("facts", in: map, of: node, what: "hidden"), named: "hidden.facts", atLeast: 1)
    let vocabulary = readVocabulary(reader.require("vocabulary", in: map, of: node, what: "hidden"), with: &reader)
    let debrief = readDebrief(reader.require("debrief", in: map, of: node, what: "hidden"), with: &reader)
    let natural = readNaturalReplies(map["natural_replies"], with: &reader)
    guard let facts, let vocabulary, let debrief else { return nil }
    return HiddenMaterial(facts: facts, vocabulary: vocabulary, debrief: debrief, naturalReplies: natural)
  }

  private func readNaturalReplies(_ node: Node?, with reader: inout YAMLNodeReader) -> NaturalReplies {
    guard let node, let map = reader.mapping(node, named: "hidden.natural_replies", known: ["offers", "questions"]) else {
      return NaturalReplies()
    }
    let offers = map["offers"].flatMap { reader.texts($0, named: "natural_replies.offers", atLeast: 1) } ?? []
    let questions = map["questions"].flatMap { reader.texts($0, named: "natural_replies.questions", atLeast: 1) } ?? []
    return NaturalReplies(offers: offers, questions: questions)
  }

  private func readVocabulary(_ node: Node?, with reader: inout YAMLNodeReader) -> ScenarioVocabulary? {
    let keys = ["items", "remedies", "extras", "problems"]
    guard let map = reader.mapping(node, named: "hidden.vocabulary", known: keys) else { return nil }
    func list(_ key: String, _ reader: inout YAMLNodeReader) -> [String] {
      let listNode = reader.require(key, in: map, of: node, what: "hidden.vocabulary")
      let members = reader.texts(listNode, named: "vocabulary.\(key)", atLeast: 1) ?? []
      let memberNodes: [Node] = if case .sequence(let sequence) = listNode { Array(sequence) } else { [] }
      for (index, member) in members.enumerated() {
        let at = index < memberNodes.count ? memberNodes[index] : listNode
        do {
          _ = try PhrasePattern(parsing: member)
        } catch {
          reader.error("vocabulary.\(key): in \(PhrasePattern.quoted(member)): \(error.message)", at: at)
          continue
        }
        for name in Self.classNames(in: member) where name != "number" {
          reader.error(
            "vocabulary.\(key): in '\(member)': a scenario's words cannot use the rubric class '{\(name)}' (only {number}); write the words out",
            at: at)
        }
      }
      return members
    }
    return ScenarioVocabulary(
      items: list("items", &reader), remedies: list("remedies", &reader), extras: list("extras", &reader),
      problems: list("problems", &reader))
  }

  /// The `{name}` classes a phrase refers to.
  static func classNames(in phrase: String) -> [String] {
    var names: [String] = []
    var rest = Substring(phrase)
    while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
      names.append(String(rest[rest.index(after: open)..<close]))
      rest = rest[rest.index(after: close)...]
    }
    return names
  }

  private func readDebrief(_ node: Node?, with reader: inout YAMLNodeReader) -> Debrief? {
    guard let map = reader.mapping(node, named: "hidden.debrief", known: ["lesson", "model_replies", "extras"]) else { return nil }
    let lesson = reader.text(reader.require("lesson", in: map, of: node, what: "hidden.debrief"), named: "debrief.lesson")
    let replies = reader.texts(
      reader.require("model_replies", in: map, of: node, what: "hidden.debrief"), named: "debrief.model_replies",
      atLeast: 2)
    let extras = map["extras"].flatMap { reader.texts($0, named: "debrief.extras", atLeast: 1) } ?? []
    guard let lesson, let replies else { return nil }
    return Debrief(lesson: lesson, modelReplies: replies, extras: extras)
  }

  private func readPaths(_ node: Node?, with reader: inout YAMLNodeReader) -> [ScenarioPath] {
    guard let items = reader.sequence(node, named: "paths") else { return [] }
    let keys = ["name", "expect", "passes", "known_issue", "min_score", "max_score", "difficulty", "replies"]
    var paths: [ScenarioPath] = []
    for (index, item) in items.enumerated() {
      let what = "paths[\(index)]"
      guard let map = reader.mapping(item, named: what, known: keys) else { continue }
      let name = reader.text(reader.require("name", in: map, of: item, what: what), named: "\(what).name")
      let expect = reader.choice(map["expect"], named: "\(what).expect", as: EndingName.self)
      let passes = reader.boolean(map["passes"], named: "\(what).passes")
      let knownIssue = reader.text(map["known_issue"], named: "\(what).known_issue")
      if map["expect"] == nil && map["passes"] == nil {
        reader.error("\(what) needs 'expect' (how it ends), 'passes' (true or false), or both", at: item)
      }
      let minScore = reader.integer(map["min_score"], named: "\(what).min_score", in: 0...100)
      let maxScore = reader.integer(map["max_score"], named: "\(what).max_score", in: 0...100)
      if let minScore, let maxScore, minScore > maxScore {
        reader.error("\(what): min_score \(minScore) is above max_score \(maxScore)", at: map["min_score"])
      }
      let difficulty = reader.choice(map["difficulty"], named: "\(what).difficulty", as: Difficulty.self)
      let replies = reader.texts(
        reader.require("replies", in: map, of: item, what: what), named: "\(what).replies", atLeast: 1)
      guard let name, let replies, expect != nil || passes != nil else { continue }
      paths.append(
        ScenarioPath(
          name: name, replies: replies, expect: expect?.outcome, passes: passes, knownIssue: knownIssue, minScore: minScore, maxScore: maxScore,
          difficulty: difficulty, line: item.mark?.line ?? 0))
    }
    return paths
  }

  private func checkPathCoverage(_ paths: [ScenarioPath], node: Node, with reader: inout YAMLNodeReader) {
    if !paths.contains(where: { $0.expect == .resolved }) {
      reader.warning("no path expects 'resolved': add a good path so tests prove the scenario can be won", at: node)
    }
    if !paths.contains(where: { $0.expect == .walkedOut }) {
      reader.warning("no path expects 'walked-out': add a bad path so tests prove the customer can leave", at: node)
    }
  }

  static func describe(_ error: YamlError) -> (Int, Int, String) {
    switch error {
    case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
      .composer(let context, let problem, let mark, _):
      let prefix = context.map { "\($0.text) " } ?? ""
      return (mark.line, mark.column, prefix + problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return (context.mark.line, context.mark.column, "a key is given twice in this mapping: \(keys)")
    case .reader(let problem, _, _, _):
      return (0, 0, problem)
    default:
      return (0, 0, String(describing: error).split(separator: "\n").first.map(String.init) ?? "")
    }
  }
}

/// The outcomes a scenario file names under `endings:` and in a path's `expect:`.
enum EndingName: String, CaseIterable {
  case resolved
  case walkedOut = "walked-out"
  case turnLimit = "turn-limit"

  var outcome: Outcome {
    switch self {
    case .resolved: .resolved
    case .walkedOut: .walkedOut
    case .turnLimit: .turnLimit
    }
  }
}
