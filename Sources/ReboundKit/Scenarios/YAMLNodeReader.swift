import Foundation
import Yams

/// Reads a YAML node tree by hand, so that every problem in a file is reported with its
/// line and column (a `Decodable` stops at the first). Problems are collected, never thrown.
struct YAMLNodeReader {
  let file: String
  private let lines: [Substring]
  private(set) var diagnostics: [SourceDiagnostic] = []

  init(file: String, text: String) {
    self.file = file
    self.lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { Substring($0) }
  }

  mutating func error(_ message: String, at node: Node?) {
    report(.error, message, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0)
  }

  mutating func warning(_ message: String, at node: Node?) {
    report(.warning, message, line: node?.mark?.line ?? 0, column: node?.mark?.column ?? 0)
  }

  mutating func report(_ severity: SourceDiagnostic.Severity, _ message: String, line: Int, column: Int) {
    let source = line > 0 && line <= lines.count ? String(lines[line - 1]).trimmingSuffixCarriageReturn : nil
    diagnostics.append(
      SourceDiagnostic(file: file, line: line, column: column, severity: severity, message: message, sourceLine: source))
  }

  /// The pairs of a mapping, reporting keys that are not in `known` (with a did-you-mean) and
  /// known keys given twice.
  mutating func mapping(_ node: Node?, named what: String, known: [String]) -> [String: Node]? {
    guard let node else { return nil }
    guard case .mapping(let pairs) = node else {
      error("\(what) must be a mapping of keys to values", at: node)
      return nil
    }
    var result: [String: Node] = [:]
    for (keyNode, value) in pairs {
      guard let key = keyNode.scalar?.string else {
        error("\(what) has a key that is not plain text", at: keyNode)
        continue
      }
      if !known.contains(key) {
        error("unknown key '\(key)' in \(what)\(suggestion(key, among: known))", at: keyNode)
      } else if result[key] != nil {
        error("'\(key)' is given twice in \(what)", at: keyNode)
      } else {
        result[key] = value
      }
    }
    return result
  }

  /// A required value: reports its absence at the enclosing node.
  mutating func require(_ key: String, in map: [String: Node], of parent: Node?, what: String) -> Node? {
    if let node = map[key] { return node }
    error("\(what) is missing '\(key)'", at: parent)
    return nil
  }

  mutating func text(_ node: Node?, named what: String, allowEmpty: Bool = false) -> String? {
    guard let node else { return nil }
    guard let scalar = node.scalar, node.tag.rawValue != Tag.Name.null.rawValue || allowEmpty else {
      error("\(what) must be text", at: node)
      return nil
    }
    // Trimmed natively: Foundation's trimming goes through NSString on Linux, and was a
    // tenth of a start.
    let string = scalar.string
    let start = string.firstIndex { !$0.isWhitespace } ?? string.endIndex
    let end = string.lastIndex { !$0.isWhitespace }.map(string.index(after:)) ?? start
    let value = String(string[start..<end])
    if !allowEmpty && value.isEmpty {
      error("\(what) must not be empty", at: node)
      return nil
    }
    return value
  }

  mutating func integer(_ node: Node?, named what: String, in range: ClosedRange<Int>) -> Int? {
    guard let node else { return nil }
    guard let value = node.scalar.flatMap({ Int($0.string) }) else {
      error("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound)", at: node)
      return nil
    }
    guard range.contains(value) else {
      error("\(what) must be from \(range.lowerBound) to \(range.upperBound), not \(value)", at: node)
      return nil
    }
    return value
  }

  /// `true` or `false`.
  mutating func boolean(_ node: Node?, named what: String) -> Bool? {
    guard let node else { return nil }
    switch node.scalar?.string {
    case "true": return true
    case "false": return false
    default:
      error("\(what) must be true or false", at: node)
      return nil
    }
  }

  /// A list of texts; a single text is accepted as a list of one.
  mutating func texts(_ node: Node?, named what: String, atLeast minimum: Int = 0) -> [String]? {
    guard let node else { return nil }
    let items: [Node]
    switch node {
    case .sequence(let sequence): items = Array(sequence)
    case .scalar: items = [node]
    default:
      error("\(what) must be a list of texts", at: node)
      return nil
    }
    var values: [String] = []
    for (index, item) in items.enumerated() {
      if let value = text(item, named: "\(what)[\(index)]") { values.append(value) }
    }
    if values.count < minimum {
      error("\(what) needs at least \(minimum) \(minimum == 1 ? "entry" : "variants"), found \(values.count)", at: node)
    }
    return values
  }

  mutating func sequence(_ node: Node?, named what: String) -> [Node]? {
    guard let node else { return nil }
    guard case .sequence(let sequence) = node else {
      error("\(what) must be a list", at: node)
      return nil
    }
    return Array(sequence)
  }

  /// One of a fixed set of words, with a did-you-mean.
  mutating func choice<Value: RawRepresentable<String> & CaseIterable>(
    _ node: Node?, named what: String, as type: Value.Type
  ) -> Value? {
    guard let raw = text(node, named: what) else { return nil }
    if let value = Value(rawValue: raw) { return value }
    let names = Value.allCases.map(\.rawValue)
    error(
      "unknown \(what) '\(raw)'\(suggestion(raw, among: names)); expected one of: \(names.joined(separator: ", "))",
      at: node)
    return nil
  }
}

extension String {
  var trimmingSuffixCarriageReturn: String { hasSuffix("\r") ? String(dropLast()) : self }
}
