/// Turns a `RubricDocument` (plus a scenario's vocabulary) into a `CompiledRubric`, checking
/// every name, phrase and class on the way.
final class RubricCompiler {
  let document: RubricDocument
  let extraClassMembers: [String: [String]]

  private var classMembers: [String: [String]] = [:]
  private var contractions: [String: [String]] = [:]
  private var lexicon = Lexicon()
  private var wordList: [String] = []
  /// Word → id, kept beside the lexicon so lookups here don't copy the lexicon.
  private var wordIDs: [String: Int32] = [:]
  private var prefixSymbols: [String: Int32] = [:]
  private var classSymbols: [String: Int32] = [:]
  private var multiWordMembers: [String: [PhrasePattern.Sequence]] = [:]
  private var symbolCount: Int32 = 0
  private var numberSymbol: Int32 = 0

  init(document: RubricDocument, extraClassMembers: [String: [String]] = [:]) {
    self.document = document
    self.extraClassMembers = extraClassMembers
  }

  func compile() throws(RubricError) -> CompiledRubric {
    for (name, members) in document.classes { classMembers[name] = members }
    for (name, members) in extraClassMembers { classMembers[name, default: []] += members }
    for (typed, meaning) in document.contractions {
      contractions[typed.lowercased().replacingCurlyApostrophes()] = meaning.lowercased().split(separator: " ").map(String.init)
    }
    let names = try collectNames()
    let parsedPhrases = try parsePhrases()
    try collectVocabulary(parsedPhrases)
    let trie = try buildTrie(parsedPhrases, names: names)
    let rules = try compileRules(names: names)
    let structures = try compileStructures(names: names)
    guard let negationCue = names.firstIndex(of: document.negation.cue) else {
      throw RubricError(path: "negation.cue", message: "no rule produces the cue '\(document.negation.cue)'")
    }
    var isBarrier = Array(repeating: false, count: wordList.count)
    for barrier in document.negation.barriers {
      for word in expand(barrier) { if let id = wordIDs[word] { isBarrier[Int(id)] = true } }
    }
    return CompiledRubric(
      names: names, rules: rules, structures: structures, lexicon: lexicon, trie: trie,
      threshold: document.threshold ?? 1.0, negationCue: Int32(negationCue),
      negationWindow: max(1, document.negation.window), isNegationBarrier: isBarrier)
  }

  // MARK: Names

  private func collectNames() throws(RubricError) -> [String] {
    var names = Label.allCases.map(\.rawValue)
    func addCue(_ cue: String, at path: String) throws(RubricError) {
      if Label(rawValue: cue) != nil {
        throw RubricError(path: path, message: "'\(cue)' is a label: write `label: \(cue)`, not `cue:`")
      }
      if !names.contains(cue) { names.append(cue) }
    }
    for (i, rule) in document.rules.enumerated() {
      let path = "rules[\(i)]"
      switch (rule.label, rule.cue) {
      case (let label?, nil):
        guard Label(rawValue: label) != nil else {
          throw RubricError(path: path + ".label", message: "unknown label '\(label)'\(suggestion(label, among: Label.allCases.map(\.rawValue))) (labels: \(Label.validNames))")
        }
      case (nil, let cue?): try addCue(cue, at: path + ".cue")
      default: throw RubricError(path: path, message: "rule '\(rule.id)' needs exactly one of `label` or `cue`")
      }
      if let outcome = rule.whenNegated, let cue = outcome.cue { try addCue(cue, at: path + ".when_negated.cue") }
    }
    for (i, structure) in document.structures.enumerated() {
      if let added = structure.add, Label(rawValue: added) == nil { try addCue(added, at: "structures[\(i)].add") }
    }
    return names
  }

  private func nameIndex(_ name: String, in names: [String], at path: String) throws(RubricError) -> Int32 {
    guard let index = names.firstIndex(of: name) else {
      throw RubricError(path: path, message: "no label or cue named '\(name)'\(suggestion(name, among: names))")
    }
    return Int32(index)
  }

  // MARK: Vocabulary

  private func expand(_ text: String) -> [String] {
    if let known = expansions.words[text] { return known }
    let words = WordNormalizer.words(of: text) { contractions[$0] }
    expansions.words[text] = words
    return words
  }

  /// Phrase words are normalised once each, however many alternatives repeat them.
  private final class ExpansionCache {
    var words: [String: [String]] = [:]
  }
  private let expansions = ExpansionCache()

  private func parsePhrases() throws(RubricError) -> [[PhrasePattern]] {
    var result: [[PhrasePattern]] = []
    for (i, rule) in document.rules.enumerated() {
      var patterns: [PhrasePattern] = []
      if rule.phrases.isEmpty { throw RubricError(path: "rules[\(i)].phrases", message: "rule '\(rule.id)' has no phrases") }
      for (j, phrase) in rule.phrases.enumerated() {
        do {
          patterns.append(try PhrasePattern(parsing: phrase))
        } catch {
          throw RubricError(path: "rules[\(i)].phrases[\(j)]", message: "in '\(phrase)': \(error.message)")
        }
      }
      result.append(patterns)
    }
    return result
  }

  private func collectVocabulary(_ phrases: [[PhrasePattern]]) throws(RubricError) {
    var words: [String] = ["not", "will", "are", "have", "would", "am", "is"]
    var prefixes: [String] = []
    func take(_ atom: PhrasePattern.Atom) {
      switch atom {
      case .word(let w): words += expand(w)
      case .prefix(let p): prefixes += expand(p)
      case .wordClass, .gap, .symbolID: break
      }
    }
    for rule in phrases { for pattern in rule { for sequence in pattern.sequences { sequence.allAtoms.forEach(take) } } }
    for (name, members) in classMembers.sorted(by: { $0.key < $1.key }) {
      for member in members {
        let pattern: PhrasePattern
        do { pattern = try PhrasePattern(parsing: member) } catch {
          throw RubricError(path: "classes.\(name)", message: "in '\(member)': \(error.message)")
        }
        for sequence in pattern.sequences {
          sequence.allAtoms.forEach(take)
          let isSingle: Bool
          switch sequence.singleAtom {
          case .word(let w): isSingle = expand(w).count == 1
          case .prefix: isSingle = true
          default: isSingle = false
          }
          if !isSingle { multiWordMembers[name, default: []].append(sequence) }
        }
      }
    }
    for meaning in contractions.values { words += meaning }
    for word in document.clauseWords + document.negation.barriers { words += expand(word) }

    for word in words where wordIDs[word] == nil {
      wordIDs[word] = Int32(wordList.count)
      lexicon.wordIDs.set(word, Int32(wordList.count))
      lexicon.surface.set(word, [Int32(wordList.count)])
      wordList.append(word)
    }
    for (typed, meaning) in contractions.sorted(by: { $0.key < $1.key }) {
      lexicon.surface.set(typed, meaning.compactMap { wordIDs[$0] })
    }
    lexicon.wordText = wordList
    symbolCount = Int32(wordList.count)
    for prefix in Set(prefixes).sorted() {
      prefixSymbols[prefix] = symbolCount
      symbolCount += 1
    }
    for name in classMembers.keys.sorted() {
      classSymbols[name] = symbolCount
      symbolCount += 1
    }
    numberSymbol = symbolCount
    lexicon.numberSymbol = symbolCount
    symbolCount += 1

    // Prefix table: each prefix with the classes that hold it.
    var prefixTable: [String: [Int32]] = [:]
    for (prefix, symbol) in prefixSymbols { prefixTable[prefix] = [symbol] }
    var wordSymbols = (0..<wordList.count).map { [Int32($0)] }
    for (name, members) in classMembers {
      guard let classSymbol = classSymbols[name] else { continue }
      for member in members {
        guard let pattern = try? PhrasePattern(parsing: member) else { continue }
        for sequence in pattern.sequences {
          switch sequence.singleAtom {
          case .word(let w):
            let parts = expand(w)
            if parts.count == 1, let id = wordIDs[parts[0]], !wordSymbols[Int(id)].contains(classSymbol) {
              wordSymbols[Int(id)].append(classSymbol)
            }
          case .prefix(let p):
            for part in expand(p) where !(prefixTable[part]?.contains(classSymbol) ?? false) {
              prefixTable[part, default: []].append(classSymbol)
            }
          default: break
          }
        }
      }
    }
    for (prefix, symbols) in prefixTable {
      lexicon.prefixes.set(prefix, symbols)
      // Known words that start with the prefix match it too.
      for (id, word) in wordList.enumerated() where word.hasPrefix(prefix) {
        for symbol in symbols where !wordSymbols[id].contains(symbol) { wordSymbols[id].append(symbol) }
      }
    }
    lexicon.prefixLengths = Set(prefixTable.keys.map(\.utf8.count)).sorted()
    lexicon.wordSymbols = wordSymbols

    let clauseWordIDs = Set(document.clauseWords.flatMap(expand).compactMap { wordIDs[$0] })
    lexicon.startsClause = (0..<wordList.count).map { clauseWordIDs.contains(Int32($0)) }

    lexicon.fuzzyMinLength = max(3, document.fuzzy.minLength)
    for word in document.fuzzy.exclude { lexicon.fuzzyExcluded.set(word.lowercased(), true) }
    for (id, word) in wordList.enumerated() where word.utf8.count >= lexicon.fuzzyMinLength {
      let bytes = Array(word.utf8)
      for skipped in bytes.indices {
        var variant = bytes
        variant.remove(at: skipped)
        lexicon.fuzzyDeletions.update(String(decoding: variant, as: UTF8.self), default: []) {
          if !$0.contains(Int32(id)) { $0.append(Int32(id)) }
        }
      }
    }
  }

  // MARK: Trie

  /// Inserts a sequence of nodes into the trie from every node of `frontier`, and returns
  /// the nodes where it ends. Alternatives branch from the same frontier instead of being
  /// multiplied out, so large alternations stay cheap to build.
  private func insert(
    _ nodes: [PhrasePattern.Node], from frontier: [Int32], into builder: inout PhraseTrie.Builder,
    at path: String, depth: Int = 0
  ) throws(RubricError) -> [Int32] {
    var frontier = frontier
    for node in nodes {
      switch node {
      case .atom(.symbolID(let symbol)):
        frontier = frontier.map { builder.child(of: $0, .symbol(symbol)) }
      case .atom(.gap(let gap)):
        frontier = frontier.map { builder.child(of: $0, .gap(Int32(gap))) }
      case .atom(let atom):
        var next: [Int32] = []
        for start in frontier {
          for alternative in try alternatives(for: atom, at: path, depth: depth) {
            next += try insert(alternative, from: [start], into: &builder, at: path, depth: depth + 1)
          }
        }
        frontier = next
      case .group(let alternatives):
        var next: [Int32] = []
        for alternative in alternatives {
          next += try insert(alternative, from: frontier, into: &builder, at: path, depth: depth)
        }
        frontier = next
      }
      frontier = Array(Set(frontier)).sorted()
    }
    return frontier
  }

  /// What one atom stands for: usually one step; a class also stands for its multi-word members.
  private func alternatives(
    for atom: PhrasePattern.Atom, at path: String, depth: Int
  ) throws(RubricError) -> [[PhrasePattern.Node]] {
    switch atom {
    case .word(let w):
      let ids = expand(w).compactMap { wordIDs[$0] }
      return [ids.map { .atom(.symbolID($0)) }]
    case .prefix(let p):
      return [expand(p).compactMap { prefixSymbols[$0] }.map { .atom(.symbolID($0)) }]
    case .gap, .symbolID:
      return [[.atom(atom)]]
    case .wordClass("number"):
      return [[.atom(.symbolID(numberSymbol))]]
    case .wordClass(let name):
      guard let symbol = classSymbols[name] else {
        throw RubricError(path: path, message: "unknown class '{\(name)}'\(suggestion(name, among: Array(classMembers.keys) + ["number"]))")
      }
      var result: [[PhrasePattern.Node]] = [[.atom(.symbolID(symbol))]]
      if depth < 3 {
        for member in multiWordMembers[name] ?? [] { result.append(member.nodes) }
      }
      return result
    }
  }

  private func buildTrie(_ phrases: [[PhrasePattern]], names: [String]) throws(RubricError) -> PhraseTrie {
    var builder = PhraseTrie.Builder()
    for (i, patterns) in phrases.enumerated() {
      for (j, pattern) in patterns.enumerated() {
        for sequence in pattern.sequences {
          let ends = try insert(sequence.nodes, from: [0], into: &builder, at: "rules[\(i)].phrases[\(j)]")
          for end in ends where end != 0 {
            builder.addTerminal(
              end, .init(rule: Int32(i), anchoredStart: sequence.anchoredStart, anchoredEnd: sequence.anchoredEnd))
          }
        }
      }
    }
    return builder.build(symbolCount: Int(symbolCount))
  }

  // MARK: Rules and structures

  private func compileRules(names: [String]) throws(RubricError) -> [CompiledRubric.Rule] {
    var rules: [CompiledRubric.Rule] = []
    var seen: Set<String> = []
    for (i, rule) in document.rules.enumerated() {
      guard seen.insert(rule.id).inserted else {
        throw RubricError(path: "rules[\(i)].id", message: "the rule id '\(rule.id)' is used twice")
      }
      let name = try nameIndex(rule.label ?? rule.cue ?? "", in: names, at: "rules[\(i)]")
      var negatedName: Int32?
      if let outcome = rule.whenNegated {
        negatedName = try nameIndex(outcome.label ?? outcome.cue ?? "", in: names, at: "rules[\(i)].when_negated")
      }
      rules.append(
        .init(
          id: rule.id, name: name, explanation: rule.explanation, weight: rule.weight ?? 1.0,
          negatable: rule.negatable ?? (rule.label != nil), negatedName: negatedName,
          negatedExplanation: rule.whenNegated?.explanation ?? "", inQuestion: rule.inQuestion))
    }
    return rules
  }

  private func compileStructures(names: [String]) throws(RubricError) -> [CompiledRubric.Structure] {
    var structures: [CompiledRubric.Structure] = []
    for (i, section) in document.structures.enumerated() {
      let path = "structures[\(i)]"
      guard let scope = CompiledRubric.Scope(rawValue: section.scope) else {
        throw RubricError(path: path + ".scope", message: "unknown scope '\(section.scope)' (scopes: overlap, clause, sentence, reply)")
      }
      var when: [[Int32]] = []
      for (k, item) in section.when.enumerated() {
        var alternatives: [Int32] = []
        for part in item.split(separator: "|") {
          alternatives.append(try nameIndex(String(part), in: names, at: path + ".when[\(k)]"))
        }
        when.append(alternatives)
      }
      var unless: [Int32] = []
      for (k, item) in (section.unless ?? []).enumerated() {
        unless.append(try nameIndex(item, in: names, at: path + ".unless[\(k)]"))
      }
      let action: CompiledRubric.Structure.Action
      switch (section.drop, section.add) {
      case (let dropped?, nil):
        var targets: Set<Int32> = []
        for (k, name) in dropped.enumerated() { targets.insert(try nameIndex(name, in: names, at: path + ".drop[\(k)]")) }
        action = .drop(targets)
      case (nil, let added?):
        if scope == .overlap { throw RubricError(path: path + ".scope", message: "`add` needs a clause, sentence or reply scope") }
        action = .add(try nameIndex(added, in: names, at: path + ".add"))
      default:
        throw RubricError(path: path, message: "structure '\(section.id)' needs exactly one of `drop` or `add`")
      }
      structures.append(
        .init(
          id: section.id, action: action, when: when, unless: unless, scope: scope,
          ordered: section.ordered ?? false, explanation: section.explanation ?? section.id,
          weight: section.weight ?? 1.0))
    }
    return structures
  }
}

/// " (did you mean 'x'?)" when a name is one or two edits from a known one.
func suggestion(_ name: String, among candidates: [String]) -> String {
  let best = candidates.map { ($0, levenshtein(name, $0)) }.min { $0.1 < $1.1 }
  guard let best, best.1 <= 2, best.1 < name.count else { return "" }
  return " (did you mean '\(best.0)'?)"
}

func levenshtein(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.count]
}

extension String {
  func replacingCurlyApostrophes() -> String {
    String(map { "’‘`´".contains($0) ? "'" : $0 })
  }
}
