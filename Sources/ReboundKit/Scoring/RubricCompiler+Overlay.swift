extension RubricCompiler {
  // MARK: Scenario vocabulary over a compiled rubric

  /// `base` with a scenario's class members added. The rubric's phrase trie, rules and
  /// structures are shared, not rebuilt: new words and prefixes get symbols above the
  /// rubric's, single-word members add their class to the lexicon, and multi-word members
  /// go into a small member trie of their own.
  static func overlay(
    _ base: CompiledRubric, members: [String: [String]]
  ) throws(RubricError) -> CompiledRubric {
    let compiler = RubricCompiler(document: .empty)
    compiler.seed(with: base.symbols)
    return try compiler.overlay(base, members: members)
  }

  private func seed(with symbols: RubricSymbols) {
    classMembers = symbols.classMembers
    contractions = symbols.contractions
    wordIDs = symbols.wordIDs
    prefixSymbols = symbols.prefixSymbols
    classSymbols = symbols.classSymbols
    prefixTable = symbols.prefixTable
    multiWordMembers = symbols.multiWordMembers
    numberSymbol = symbols.numberSymbol
    symbolCount = symbols.symbolCount
  }

  private func overlay(_ base: CompiledRubric, members: [String: [String]]) throws(RubricError) -> CompiledRubric {
    var compiled = base
    lexicon = base.lexicon
    let baseSymbolCount = symbolCount
    var wordSymbols = lexicon.wordSymbolRuns.map { run in
      Array(lexicon.wordSymbolFlat[Int(run.start)..<Int(run.start + run.count)])
    }
    var newWords: [String] = []
    var changedPrefixes: [String: [Int32]] = [:]
    var multiWord: [(classSymbol: Int32, sequence: PhrasePattern.Sequence)] = []

    func newSymbol() -> Int32 {
      defer { symbolCount += 1 }
      return symbolCount
    }
    func addWord(_ word: String) {
      guard wordIDs[word] == nil else { return }
      wordIDs[word] = newSymbol()
      newWords.append(word)
    }
    func addPrefix(_ prefix: String) {
      guard prefixSymbols[prefix] == nil else { return }
      let symbol = newSymbol()
      prefixSymbols[prefix] = symbol
      prefixTable[prefix, default: []].append(symbol)
      changedPrefixes[prefix, default: []].append(symbol)
    }
    func give(_ classSymbol: Int32, toWord id: Int32) {
      let i = Int(id)
      if i >= wordSymbols.count { wordSymbols += Array(repeating: [], count: i + 1 - wordSymbols.count) }
      if !wordSymbols[i].contains(classSymbol) { wordSymbols[i].append(classSymbol) }
    }

    for (name, list) in members.sorted(by: { $0.key < $1.key }) where !list.isEmpty {
      guard let classSymbol = classSymbols[name] else {
        throw RubricError(path: "classes.\(name)", message: "the rubric has no class '{\(name)}' for a scenario to add to")
      }
      classMembers[name, default: []] += list
      for member in list {
        let pattern: PhrasePattern
        do { pattern = try PhrasePattern(parsing: member) } catch {
          throw RubricError(path: "classes.\(name)", message: "in \(PhrasePattern.quoted(member)): \(error.message)")
        }
        for sequence in pattern.sequences {
          for atom in sequence.allAtoms {
            switch atom {
            case .word(let w): expand(w).forEach(addWord)
            case .prefix(let p): expand(p).forEach(addPrefix)
            case .wordClass, .gap, .symbolID: break
            }
          }
          switch sequence.singleAtom {
          case .word(let w) where expand(w).count == 1:
            if let id = wordIDs[expand(w)[0]] { give(classSymbol, toWord: id) }
          case .prefix(let p):
            for part in expand(p) where !(prefixTable[part]?.contains(classSymbol) ?? false) {
              prefixTable[part, default: []].append(classSymbol)
              changedPrefixes[part, default: []].append(classSymbol)
            }
          default:
            multiWord.append((classSymbol, sequence))
          }
        }
      }
    }

    // Words (old and new) that start with a new or widened prefix carry its new symbols;
    // new words also carry the symbols of every older prefix they start with.
    let paddedCount = Int(symbolCount)
    if wordSymbols.count < paddedCount { wordSymbols += Array(repeating: [], count: paddedCount - wordSymbols.count) }
    var wordText = lexicon.wordText
    wordText += Array(repeating: "", count: paddedCount - wordText.count)
    for word in newWords {
      let id = wordIDs[word]!
      wordText[Int(id)] = word
      if wordSymbols[Int(id)].first != id { wordSymbols[Int(id)].insert(id, at: 0) }
      for (prefix, symbols) in prefixTable.sorted(by: { $0.key < $1.key })
      where word.hasPrefix(prefix) && changedPrefixes[prefix] == nil {
        for symbol in symbols { give(symbol, toWord: id) }
      }
      if word.utf8.first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { give(numberSymbol, toWord: id) }
    }
    for (prefix, added) in changedPrefixes.sorted(by: { $0.key < $1.key }) {
      for (id, word) in wordText.enumerated() where !word.isEmpty && word.hasPrefix(prefix) {
        for symbol in (wordIDs[word] ?? -1) >= baseSymbolCount ? prefixTable[prefix]! : added {
          give(symbol, toWord: Int32(id))
        }
      }
      lexicon.prefixes.set(prefix, prefixTable[prefix]!)
    }
    lexicon.prefixLengths = Set(prefixTable.keys.map(\.utf8.count)).sorted()
    for word in newWords {
      let id = wordIDs[word]!
      lexicon.wordIDs.set(word, id)
      lexicon.setSurface(word, [id])
      addFuzzyVariants(of: word, id: id)
    }
    lexicon.wordText = wordText
    lexicon.setWordSymbols(wordSymbols)
    lexicon.startsClause += Array(repeating: false, count: paddedCount - lexicon.startsClause.count)
    compiled.isNegationBarrier += Array(repeating: false, count: paddedCount - compiled.isNegationBarrier.count)

    compiled.lexicon = lexicon
    compiled.memberTrie = try memberTrie(multiWord)
    compiled.symbols = symbols
    return compiled
  }

  /// The trie of multi-word members, or nil when there are none.
  private func memberTrie(_ members: [(classSymbol: Int32, sequence: PhrasePattern.Sequence)]) throws(RubricError) -> PhraseTrie? {
    guard !members.isEmpty else { return nil }
    var builder = PhraseTrie.Builder()
    for (classSymbol, sequence) in members {
      let path = "classes.\(classMembers.first { classSymbols[$0.key] == classSymbol }?.key ?? "")"
      for end in try insert(sequence.nodes, from: [0], into: &builder, at: path) where end != 0 {
        builder.addTerminal(end, .init(rule: classSymbol, anchoredStart: false, anchoredEnd: false))
      }
    }
    return builder.build(symbolCount: Int(symbolCount))
  }
}
