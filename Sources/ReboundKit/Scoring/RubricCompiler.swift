/// Turns a `RubricDocument` (plus a scenario's vocabulary) into a `CompiledRubric`, checking
/// every name, phrase and class on the way.
final class RubricCompiler {
  let document: RubricDocument
  let extraClassMembers: [String: [String]]

  var classMembers: [String: [String]] = [:]
  var contractions: [String: [String]] = [:]
  var lexicon = Lexicon()
  var wordList: [String] = []
  /// Word → id, kept beside the lexicon so lookups here don't copy the lexicon.
  var wordIDs: [String: Int32] = [:]
  var prefixSymbols: [String: Int32] = [:]
  var classSymbols: [String: Int32] = [:]
  var multiWordMembers: [String: [PhrasePattern.Sequence]] = [:]
  var prefixTable: [String: [Int32]] = [:]
  var symbolCount: Int32 = 0
  var numberSymbol: Int32 = 0

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
      negationWindow: max(1, document.negation.window), isNegationBarrier: isBarrier, symbols: symbols,
      questionOpeners: try compileQuestionOpeners())
  }

  func compileQuestionOpeners() throws(RubricError) -> QuestionOpeners {
    var openers = QuestionOpeners()
    for (i, opener) in (document.questionOpeners ?? []).enumerated() {
      let words = expand(opener)
      guard !words.isEmpty else {
        throw RubricError(path: "question_openers[\(i)]", message: "'\(opener)' has no words")
      }
      // Every word was added to the lexicon with the vocabulary, so each has an id.
      var ids: [Int32] = []
      for word in words {
        guard let id = wordIDs[word] else {
          throw RubricError(path: "question_openers[\(i)]", message: "'\(word)' is not in the rubric's vocabulary")
        }
        ids.append(id)
      }
      openers.add(ids)
    }
    return openers
  }

  var symbols: RubricSymbols {
    RubricSymbols(
      classMembers: classMembers, contractions: contractions, wordIDs: wordIDs, prefixSymbols: prefixSymbols,
      classSymbols: classSymbols, prefixTable: prefixTable, multiWordMembers: multiWordMembers,
      numberSymbol: numberSymbol, symbolCount: symbolCount)
  }

  // MARK: Names

  func collectNames() throws(RubricError) -> [String] {
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

  func nameIndex(_ name: String, in names: [String], at path: String) throws(RubricError) -> Int32 {
    guard let index = names.firstIndex(of: name) else {
      throw RubricError(path: path, message: "no label or cue named '\(name)'\(suggestion(name, among: names))")
    }
    return Int32(index)
  }

  /// Phrase words are normalised once each, however many alternatives repeat them.
  final class ExpansionCache {
    var words: [String: [String]] = [:]
  }
  let expansions = ExpansionCache()
}
