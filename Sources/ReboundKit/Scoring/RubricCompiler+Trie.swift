extension RubricCompiler {
  // MARK: Trie

  /// Inserts a sequence of nodes into the trie from every node of `frontier`, and returns
  /// the nodes where it ends. Alternatives branch from the same frontier instead of being
  /// multiplied out, so large alternations stay cheap to build.
  func insert(
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
        for alternative in try alternatives(for: atom, at: path, depth: depth) {
          next += try insert(alternative, from: frontier, into: &builder, at: path, depth: depth + 1)
          try checkSize(of: builder, at: path)
        }
        frontier = next
      case .group(let alternatives):
        var next: [Int32] = []
        for alternative in alternatives {
          next += try insert(alternative, from: frontier, into: &builder, at: path, depth: depth)
          try checkSize(of: builder, at: path)
        }
        frontier = next
      }
      try checkSize(of: builder, at: path)
      if frontier.count > 1 {
        frontier.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(frontier.count)
        for node in frontier where unique.last != node { unique.append(node) }
        frontier = unique
      }
    }
    return frontier
  }

  /// Stops a compile whose trie has outgrown `PhraseTrie.Builder.nodeLimit`.
  private func checkSize(of builder: PhraseTrie.Builder, at path: String) throws(RubricError) {
    guard builder.nodeCount <= PhraseTrie.Builder.nodeLimit else {
      throw RubricError(
        path: path,
        message: "the phrases expand to more than \(Double(PhraseTrie.Builder.nodeLimit) / 1_000_000) million steps; split an alternation that repeats many times in a row into phrases of their own")
    }
  }

  /// What one atom stands for: usually one step; a class also stands for its multi-word members.
  func alternatives(
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

  func buildTrie(_ phrases: [[PhrasePattern]], names: [String]) throws(RubricError) -> PhraseTrie {
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

}
