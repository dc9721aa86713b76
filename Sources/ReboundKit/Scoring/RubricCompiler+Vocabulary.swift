extension RubricCompiler {
  // MARK: Vocabulary

  func expand(_ text: String) -> [String] {
    if let known = expansions.words[text] { return known }
    let words = WordNormalizer.words(of: text) { contractions[$0] }
    expansions.words[text] = words
    return words
  }


  func parsePhrases() throws(RubricError) -> [[PhrasePattern]] {
    var result: [[PhrasePattern]] = []
    for (i, rule) in document.rules.enumerated() {
      var patterns: [PhrasePattern] = []
      if rule.phrases.isEmpty { throw RubricError(path: "rules[\(i)].phrases", message: "rule '\(rule.id)' has no phrases") }
      for (j, phrase) in rule.phrases.enumerated() {
        do {
          patterns.append(try PhrasePattern(parsing: phrase))
        } catch {
          throw RubricError(path: "rules[\(i)].phrases[\(j)]", message: "in \(PhrasePattern.quoted(phrase)): \(error.message)")
        }
      }
      result.append(patterns)
    }
    return result
  }

  func collectVocabulary(_ phrases: [[PhrasePattern]]) throws(RubricError) {
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
          throw RubricError(path: "classes.\(name)", message: "in \(PhrasePattern.quoted(member)): \(error.message)")
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
    for (_, meaning) in contractions.sorted(by: { $0.key < $1.key }) { words += meaning }
    for word in document.clauseWords + document.negation.barriers + (document.questionOpeners ?? []) { words += expand(word) }

    for word in words where wordIDs[word] == nil {
      wordIDs[word] = Int32(wordList.count)
      lexicon.wordIDs.set(word, Int32(wordList.count))
      lexicon.setSurface(word, [Int32(wordList.count)])
      wordList.append(word)
    }
    for (typed, meaning) in contractions.sorted(by: { $0.key < $1.key }) {
      lexicon.setSurface(typed, meaning.compactMap { wordIDs[$0] })
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
    for (name, members) in classMembers.sorted(by: { $0.key < $1.key }) {
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
    for (prefix, symbols) in prefixTable.sorted(by: { $0.key < $1.key }) {
      lexicon.prefixes.set(prefix, symbols)
      // Known words that start with the prefix match it too.
      for (id, word) in wordList.enumerated() where word.hasPrefix(prefix) {
        for symbol in symbols where !wordSymbols[id].contains(symbol) { wordSymbols[id].append(symbol) }
      }
    }
    // A word that starts with a digit ("3", "40") is a number, whatever else it is.
    for (id, word) in wordList.enumerated() where word.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true {
      wordSymbols[id].append(numberSymbol)
    }
    lexicon.prefixLengths = Set(prefixTable.keys.map(\.utf8.count)).sorted()
    self.prefixTable = prefixTable
    lexicon.setWordSymbols(wordSymbols)

    let clauseWordIDs = Set(document.clauseWords.flatMap(expand).compactMap { wordIDs[$0] })
    lexicon.startsClause = (0..<wordList.count).map { clauseWordIDs.contains(Int32($0)) }

    lexicon.fuzzyMinLength = max(3, document.fuzzy.minLength)
    for word in document.fuzzy.exclude { lexicon.fuzzyExcluded.set(word.lowercased(), true) }
    for (id, word) in wordList.enumerated() { addFuzzyVariants(of: word, id: Int32(id)) }
  }

  /// Files a word and its one-letter deletions under its id, so typos of it are found.
  func addFuzzyVariants(of word: String, id: Int32) {
    guard word.utf8.count >= lexicon.fuzzyMinLength else { return }
    let bytes = Array(word.utf8)
    lexicon.fuzzyDeletions.update(word, default: []) {
      if !$0.contains(id) { $0.append(id) }
    }
    for skipped in bytes.indices {
      var variant = bytes
      variant.remove(at: skipped)
      lexicon.fuzzyDeletions.update(String(decoding: variant, as: UTF8.self), default: []) {
        if !$0.contains(id) { $0.append(id) }
      }
    }
  }
}
