public import Foundation
import Crypto
import Yams

/// A rule file: the phrases, classes and structures the scorer uses, with a version that
/// identifies its exact contents (so a transcript can say which rubric scored it).
public struct Rubric: Sendable {
  /// Where it came from: a path, or "built-in".
  public let source: String
  /// The first 16 hex digits of the SHA-256 of the file's bytes.
  public let version: String
  /// The SHA-256 of the file's bytes: what its compiled form is known by.
  let digest: [UInt8]
  /// Whether it was read from a file, and so is worth caching compiled (a rubric built from
  /// text in memory, as tests do, is not).
  let isFromFile: Bool
  /// The rule file parsed; nil when a compiled form was at hand as it was read, until a
  /// compile needs it (see `document()`).
  private let parsed: RubricDocument?
  private let text: String
  /// The learned layer that decides the labels from the rubric's findings and the reply's
  /// words, or nil for the rubric alone.
  public private(set) var model: LinearModel?

  /// The learned model's version, or "none" for the rubric alone: what transcripts are stamped with.
  public var modelVersion: String { model?.version ?? "none" }

  /// The same rubric with a learned layer over it (or without one, for nil).
  public func with(model: LinearModel?) -> Rubric {
    var copy = self
    copy.model = model
    return copy
  }

  /// The rubric that ships with Rebound.
  public static func builtIn() throws(RubricError) -> Rubric {
    guard let url = Bundle.module.url(forResource: "rubric", withExtension: "yaml") else {
      throw RubricError(path: "", message: "the built-in rubric is missing from the ReboundKit bundle")
    }
    return try Rubric(contentsOf: url, displayName: "built-in rubric.yaml")
  }

  /// Reads a trainer's rule file.
  public init(contentsOf url: URL, displayName: String? = nil) throws(RubricError) {
    let name = displayName ?? url.path
    if let size = InputLimits.size(of: url.path),
      let problem = InputLimits.sizeProblem(bytes: size, limit: InputLimits.rubricBytes, what: "rule file")
    {
      var failure = RubricError(path: "", message: problem)
      failure.file = name
      throw failure
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      var failure = RubricError(path: "", message: "cannot read the rule file (\(error.localizedDescription))")
      failure.file = name
      throw failure
    }
    guard let text = String(data: data, encoding: .utf8) else {
      let position = UTF8Position.firstInvalid(in: data)
      var failure = RubricError(path: "", message: "the rule file is not UTF-8 text" + (position.map { ": \($0)" } ?? ""))
      if let position {
        failure.line = position.line
        failure.column = position.column
      }
      failure.file = name
      throw failure
    }
    try self.init(yaml: text, source: name, fromFile: true)
  }

  /// Parses a rule file's text; `source` names it in errors.
  public init(yaml: String, source: String) throws(RubricError) {
    try self.init(yaml: yaml, source: source, fromFile: false)
  }

  /// A rubric whose compiled form is bundled or cached is not parsed here: it parsed and
  /// compiled cleanly before (its hash says so), and parsing 280 KB of YAML would be most of
  /// a start. Any other rubric is parsed at once, so its errors come as it is read.
  private init(yaml: String, source: String, fromFile: Bool) throws(RubricError) {
    self.source = source
    self.text = yaml
    self.digest = Array(SHA256.hash(data: Data(yaml.utf8)))
    self.version = Hex.string(digest.prefix(8))
    self.isFromFile = fromFile
    parsed = CompiledRubricStore.hasArtefact(digest: digest, cacheable: fromFile) ? nil : try Self.parse(yaml, source: source)
  }

  /// The rule file parsed, parsing it now if it was not parsed as it was read.
  func document() throws(RubricError) -> RubricDocument {
    if let parsed { return parsed }
    return try Self.parse(text, source: source)
  }

  private static func parse(_ yaml: String, source: String) throws(RubricError) -> RubricDocument {
    do {
      return try YAMLDecoder().decode(RubricDocument.self, from: yaml)
    } catch let error as DecodingError {
      throw Self.describe(error, in: yaml, source: source)
    } catch let error as YamlError {
      throw Self.located(error, source: source)
    } catch {
      var failure = RubricError(path: "", message: "\(error)")
      failure.file = source
      throw failure
    }
  }

  /// Adds the file and the line and column of the error's path.
  func locate(_ error: RubricError) -> RubricError {
    var located = error
    located.file = source
    if let mark = Self.mark(of: error.path, in: text) {
      located.line = mark.line
      located.column = mark.column
    }
    return located
  }

  private static func describe(_ error: DecodingError, in yaml: String, source: String) -> RubricError {
    let (path, message): ([any CodingKey], String)
    switch error {
    case .keyNotFound(let key, let context):
      (path, message) = (context.codingPath, "missing key '\(key.stringValue)'")
    case .typeMismatch(let type, let context):
      (path, message) = (context.codingPath, "expected \(readable(type)) (\(context.debugDescription))")
    case .valueNotFound(let type, let context):
      (path, message) = (context.codingPath, "expected \(readable(type)), found nothing")
    case .dataCorrupted(let context):
      if let yamlError = context.underlyingError as? YamlError {
        // Yams prints "line:column: error: …" with the source line and a caret.
        return located(yamlError, source: source)
      }
      (path, message) = (context.codingPath, context.debugDescription)
    @unknown default:
      (path, message) = ([], "\(error)")
    }
    var failure = RubricError(path: pathString(path), message: message)
    failure.file = source
    if let mark = mark(of: failure.path, in: yaml) {
      failure.line = mark.line
      failure.column = mark.column
    }
    return failure
  }

  /// Yams describes a syntax error as "line:column: error: …" followed by the source line
  /// and a caret; keep its position as ours and the rest as the message.
  private static func located(_ error: YamlError, source: String) -> RubricError {
    let text = "\(error)"
    var failure = RubricError(path: "", message: "not valid YAML: " + text)
    failure.file = source
    let head = text.prefix { $0 != " " }.split(separator: ":")
    if head.count >= 2, let line = Int(head[0]), let column = Int(head[1]) {
      failure.line = line
      failure.column = column
      let rest = text.drop { $0 != " " }.drop { $0 == " " }
      let message = rest.hasPrefix("error: ") ? rest.dropFirst("error: ".count) : rest
      failure.message = "not valid YAML: " + message
    }
    return failure
  }

  private static func readable(_ type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Int.Type, is Double.Type: "a number"
    case is Bool.Type: "true or false"
    default: type == [String].self ? "a list of text" : "\(type)"
    }
  }

  private static func pathString(_ keys: [any CodingKey]) -> String {
    keys.reduce(into: "") { path, key in
      if let index = key.intValue {
        path += "[\(index)]"
      } else {
        path += path.isEmpty ? key.stringValue : ".\(key.stringValue)"
      }
    }
  }

  /// The position of `rules[3].phrases[1]` in the YAML text, found through Yams' nodes.
  private static func mark(of path: String, in yaml: String) -> Mark? {
    guard let root = try? Yams.compose(yaml: yaml) else { return nil }
    var node = root
    var best = root.mark
    for component in path.split(whereSeparator: { $0 == "." || $0 == "[" }) {
      let part = component.hasSuffix("]") ? String(component.dropLast()) : String(component)
      if let index = Int(part), case .sequence(let sequence) = node, index < sequence.count {
        node = sequence[index]
      } else if case .mapping(let mapping) = node, let child = mapping[part] {
        node = child
      } else {
        break
      }
      best = node.mark ?? best
    }
    return best
  }
}

extension RubricError: LocalizedError {
  public var errorDescription: String? { description }
}
