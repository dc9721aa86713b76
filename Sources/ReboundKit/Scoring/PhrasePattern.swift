/// A phrase of the rule file, parsed: words, `prefix*`, `{class}`, gaps `*` / `*2`,
/// alternatives `(a|b c)` (each side a sequence; at the top level `a|b` splits the whole
/// phrase), optional items `word?` / `(…)?`, and anchors `^` (clause start) and `$` (clause end).
struct PhrasePattern: Equatable, Sendable {
  enum Atom: Equatable, Sendable {
    case word(String)
    case prefix(String)
    case wordClass(String)
    case gap(Int)
    /// A symbol already resolved by the compiler.
    case symbolID(Int32)
  }

  /// An atom, or a group of alternative sequences (optional when one of them is empty).
  indirect enum Node: Equatable, Sendable {
    case atom(Atom)
    case group([[Node]])
  }

  /// One top-level alternative.
  struct Sequence: Equatable, Sendable {
    var nodes: [Node]
    var anchoredStart = false
    var anchoredEnd = false

    /// The sequence as a single atom, when it is one.
    var singleAtom: Atom? {
      if nodes.count == 1, case .atom(let atom) = nodes[0] { return atom }
      return nil
    }

    /// Every atom, in any alternative.
    var allAtoms: [Atom] { Self.atoms(of: nodes) }

    private static func atoms(of nodes: [Node]) -> [Atom] {
      nodes.flatMap { node -> [Atom] in
        switch node {
        case .atom(let atom): [atom]
        case .group(let alternatives): alternatives.flatMap(atoms(of:))
        }
      }
    }
  }

  /// Every alternative the phrase stands for.
  var sequences: [Sequence]

  static let defaultGap = 3

  init(parsing source: String) throws(PhraseSyntaxError) {
    var parser = Parser(characters: Array(source))
    let alternatives = try parser.parseAlternatives(topLevel: true)
    guard parser.isAtEnd else { throw PhraseSyntaxError("unexpected '\(parser.peek ?? " ")'") }
    var result: [Sequence] = []
    for raw in alternatives {
      var sequence = Sequence(nodes: [])
      for (index, item) in raw.enumerated() {
        switch item {
        case .anchorStart where index == 0: sequence.anchoredStart = true
        case .anchorEnd where index == raw.count - 1: sequence.anchoredEnd = true
        case .anchorStart, .anchorEnd: throw PhraseSyntaxError("'^' may only open a phrase and '$' only close it")
        case .node(let node): sequence.nodes.append(node)
        }
      }
      guard let first = sequence.nodes.first, let last = sequence.nodes.last else {
        throw PhraseSyntaxError("a phrase needs at least one word")
      }
      if case .atom(.gap) = first { throw PhraseSyntaxError("a phrase cannot start with a gap '*'") }
      if case .atom(.gap) = last { throw PhraseSyntaxError("a phrase cannot end with a gap '*'") }
      result.append(sequence)
    }
    sequences = result
  }

  enum Item: Equatable { case node(Node), anchorStart, anchorEnd }

  /// How deep parentheses may nest. Real phrases use two or three levels; without a bound,
  /// thousands of `(` overflowed the stack.
  static let maximumNesting = 16

  private struct Parser {
    let characters: [Character]
    var position = 0
    var depth = 0

    var isAtEnd: Bool { position >= characters.count }
    var peek: Character? { isAtEnd ? nil : characters[position] }

    mutating func skipSpaces() {
      while let c = peek, c.isWhitespace { position += 1 }
    }

    /// seq ('|' seq)* — at top level or inside parentheses.
    mutating func parseAlternatives(topLevel: Bool) throws(PhraseSyntaxError) -> [[Item]] {
      var alternatives: [[Item]] = []
      var current: [Item] = []
      while true {
        skipSpaces()
        guard let c = peek else { break }
        if c == ")" {
          if topLevel { throw PhraseSyntaxError("unbalanced ')'") }
          break
        }
        if c == "|" {
          position += 1
          alternatives.append(current)
          current = []
          continue
        }
        current.append(try parseItem())
      }
      alternatives.append(current)
      if alternatives.contains(where: \.isEmpty) { throw PhraseSyntaxError("an empty alternative") }
      return alternatives
    }

    /// One item: a simple word or a parenthesised group, optionally followed by '?'.
    mutating func parseItem() throws(PhraseSyntaxError) -> Item {
      if peek == "(" {
        guard depth < PhrasePattern.maximumNesting else {
          throw PhraseSyntaxError("parentheses nested more than \(PhrasePattern.maximumNesting) deep")
        }
        position += 1
        depth += 1
        defer { depth -= 1 }
        let inner = try parseAlternatives(topLevel: false)
        guard peek == ")" else { throw PhraseSyntaxError("missing ')'") }
        position += 1
        var alternatives: [[Node]] = []
        for alternative in inner {
          var nodes: [Node] = []
          for item in alternative {
            guard case .node(let node) = item else { throw PhraseSyntaxError("'^' and '$' cannot stand inside parentheses") }
            nodes.append(node)
          }
          alternatives.append(nodes)
        }
        if peek == "?" {
          position += 1
          alternatives.append([])
        }
        return .node(.group(alternatives))
      }
      let item = try parseSimple()
      if peek == "?" {
        position += 1
        guard case .node(let node) = item else { throw PhraseSyntaxError("'^' and '$' cannot be optional") }
        return .node(.group([[node], []]))
      }
      return item
    }

    mutating func parseSimple() throws(PhraseSyntaxError) -> Item {
      var text = ""
      if peek == "{" {
        position += 1
        while let c = peek, c != "}" {
          text.append(c)
          position += 1
        }
        guard peek == "}" else { throw PhraseSyntaxError("missing '}' after '{\(text)'") }
        position += 1
        guard !text.isEmpty else { throw PhraseSyntaxError("an empty class name '{}'") }
        return .node(.atom(.wordClass(text)))
      }
      while let c = peek, !c.isWhitespace, !"()|?{}".contains(c) {
        text.append(c)
        position += 1
      }
      switch text {
      case "": throw PhraseSyntaxError("expected a word, found '\(peek.map(String.init) ?? "the end")'")
      case "^": return .anchorStart
      case "$": return .anchorEnd
      case "*": return .node(.atom(.gap(PhrasePattern.defaultGap)))
      default:
        if text.hasPrefix("*") {
          guard let n = Int(text.dropFirst()), (1...8).contains(n) else {
            throw PhraseSyntaxError("a gap is '*' or '*N' with N from 1 to 8, not '\(text)'")
          }
          return .node(.atom(.gap(n)))
        }
        if text.hasSuffix("*") {
          let stem = String(text.dropLast())
          guard stem.count >= 3, !stem.contains("*") else {
            throw PhraseSyntaxError("a prefix like 'refund*' needs at least 3 letters before '*'")
          }
          return .node(.atom(.prefix(stem)))
        }
        guard !text.contains("*") else { throw PhraseSyntaxError("'*' may only end a word, as in 'refund*'") }
        return .node(.atom(.word(text)))
      }
    }
  }
}

extension PhrasePattern {
  /// A phrase as an error message quotes it: whole when short, else its start and its length.
  static func quoted(_ phrase: String) -> String {
    guard phrase.count > 80 else { return "'\(phrase)'" }
    return "'\(phrase.prefix(60))…' (\(InputLimits.grouped(phrase.count)) characters)"
  }
}

/// What is wrong with a phrase; the rubric loader adds the file position.
struct PhraseSyntaxError: Error, Equatable {
  var message: String
  init(_ message: String) { self.message = message }
}
