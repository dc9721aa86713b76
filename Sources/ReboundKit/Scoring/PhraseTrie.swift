/// Every expanded phrase of the rubric in one trie over symbols, so a reply is matched
/// against all rules in a single walk from each token.
struct PhraseTrie: Sendable {
  struct Terminal: Sendable, Equatable {
    var rule: Int32
    var anchoredStart: Bool
    var anchoredEnd: Bool
  }

  struct Match: Sendable, Equatable {
    var rule: Int32
    var first: Int32
    var last: Int32
  }

  private struct Node: Sendable {
    var edgeStart: Int32 = 0
    var edgeCount: Int32 = 0
    var gapStart: Int32 = 0
    var gapCount: Int32 = 0
    var terminalStart: Int32 = 0
    var terminalCount: Int32 = 0
  }

  private var nodes: [Node] = []
  private var edgeSymbols: [Int32] = []
  private var edgeChildren: [Int32] = []
  private var gapMaxima: [Int32] = []
  private var gapChildren: [Int32] = []
  private var terminals: [Terminal] = []
  /// Children of the root, indexed by symbol, for an O(1) first step.
  private var rootChildren: [Int32] = []

  /// A trie under construction. Edges live in one flat table keyed by (node, symbol) rather
  /// than a dictionary per node: a big rubric makes hundreds of thousands of nodes, and
  /// per-node dictionaries cost far more memory and time than the trie they build.
  struct Builder {
    private var nodeCount: Int32 = 1
    private var edges: [UInt64: Int32] = [:]
    private var gaps: [UInt64: Int32] = [:]
    private var terminalsByNode: [Int32: [Terminal]] = [:]

    enum Step: Hashable { case symbol(Int32), gap(Int32) }

    private static func key(_ node: Int32, _ value: Int32) -> UInt64 {
      UInt64(UInt32(bitPattern: node)) << 32 | UInt64(UInt32(bitPattern: value))
    }

    /// The child of `node` along `step`, created if needed.
    mutating func child(of node: Int32, _ step: Step) -> Int32 {
      switch step {
      case .symbol(let symbol):
        let key = Self.key(node, symbol)
        if let child = edges[key] { return child }
        edges[key] = nodeCount
      case .gap(let gap):
        let key = Self.key(node, gap)
        if let child = gaps[key] { return child }
        gaps[key] = nodeCount
      }
      nodeCount += 1
      return nodeCount - 1
    }

    mutating func addTerminal(_ node: Int32, _ terminal: Terminal) {
      if terminalsByNode[node]?.contains(terminal) != true { terminalsByNode[node, default: []].append(terminal) }
    }

    func build(symbolCount: Int) -> PhraseTrie {
      var trie = PhraseTrie()
      let sortedEdges = edges.sorted { $0.key < $1.key }
      let sortedGaps = gaps.sorted { $0.key < $1.key }
      trie.edgeSymbols.reserveCapacity(sortedEdges.count)
      trie.edgeChildren.reserveCapacity(sortedEdges.count)
      trie.nodes = Array(repeating: Node(), count: Int(nodeCount))
      var e = 0, g = 0
      for node in 0..<nodeCount {
        var built = Node()
        built.edgeStart = Int32(trie.edgeSymbols.count)
        while e < sortedEdges.count && Int32(truncatingIfNeeded: sortedEdges[e].key >> 32) == node {
          trie.edgeSymbols.append(Int32(truncatingIfNeeded: sortedEdges[e].key & 0xFFFF_FFFF))
          trie.edgeChildren.append(sortedEdges[e].value)
          e += 1
        }
        built.edgeCount = Int32(trie.edgeSymbols.count) - built.edgeStart
        built.gapStart = Int32(trie.gapMaxima.count)
        while g < sortedGaps.count && Int32(truncatingIfNeeded: sortedGaps[g].key >> 32) == node {
          trie.gapMaxima.append(Int32(truncatingIfNeeded: sortedGaps[g].key & 0xFFFF_FFFF))
          trie.gapChildren.append(sortedGaps[g].value)
          g += 1
        }
        built.gapCount = Int32(trie.gapMaxima.count) - built.gapStart
        built.terminalStart = Int32(trie.terminals.count)
        if let terminals = terminalsByNode[node] { trie.terminals += terminals }
        built.terminalCount = Int32(trie.terminals.count) - built.terminalStart
        trie.nodes[Int(node)] = built
      }
      trie.rootChildren = Array(repeating: -1, count: symbolCount)
      let root = trie.nodes[0]
      for i in Int(root.edgeStart)..<Int(root.edgeStart + root.edgeCount) where Int(trie.edgeSymbols[i]) < symbolCount {
        trie.rootChildren[Int(trie.edgeSymbols[i])] = trie.edgeChildren[i]
      }
      return trie
    }
  }

  /// Appends every match of every phrase, each inside one clause, to `matches`.
  func matches(in stream: TokenStream, into matches: inout [Match]) {
    stream.tokens.withUnsafeBufferPointer { tokens in
      stream.symbols.withUnsafeBufferPointer { symbols in
        let walker = Walker(trie: self, tokens: tokens, symbols: symbols)
        for clause in stream.clauses {
          for start in clause.firstToken..<clause.endToken {
            let token = tokens[start]
            for s in Int(token.symbolStart)..<Int(token.symbolEnd) {
              let symbol = Int(symbols[s])
              guard symbol < rootChildren.count else { continue }
              let child = rootChildren[symbol]
              if child >= 0 {
                walker.walk(Int(child), next: start + 1, start: start, clause: clause, into: &matches)
              }
            }
          }
        }
      }
    }
  }

  /// Walks the trie over one reply's tokens without copying them.
  private struct Walker {
    let trie: PhraseTrie
    let tokens: UnsafeBufferPointer<TokenStream.Token>
    let symbols: UnsafeBufferPointer<Int32>

    func walk(_ nodeIndex: Int, next: Int, start: Int, clause: TokenStream.Clause, into matches: inout [Match]) {
      let node = trie.nodes[nodeIndex]
      if node.terminalCount > 0 {
        for t in Int(node.terminalStart)..<Int(node.terminalStart + node.terminalCount) {
          let terminal = trie.terminals[t]
          if terminal.anchoredStart && start != clause.firstToken { continue }
          if terminal.anchoredEnd && next != clause.endToken { continue }
          matches.append(Match(rule: terminal.rule, first: Int32(start), last: Int32(next - 1)))
        }
      }
      guard next < clause.endToken else { return }
      if node.edgeCount > 0 {
        step(node, at: next, start: start, clause: clause, into: &matches)
      }
      if node.gapCount > 0 {
        for g in Int(node.gapStart)..<Int(node.gapStart + node.gapCount) {
          let child = trie.nodes[Int(trie.gapChildren[g])]
          let maximum = Int(trie.gapMaxima[g])
          var skip = 0
          // After a gap only a symbol step can follow (a phrase never ends in a gap).
          while skip <= maximum && next + skip < clause.endToken {
            step(child, at: next + skip, start: start, clause: clause, into: &matches)
            skip += 1
          }
        }
      }
    }

    /// Follows every edge of `node` that the token at `position` matches.
    @inline(__always)
    private func step(_ node: Node, at position: Int, start: Int, clause: TokenStream.Clause, into matches: inout [Match]) {
      let lower = Int(node.edgeStart)
      let upper = lower + Int(node.edgeCount)
      let token = tokens[position]
      for s in Int(token.symbolStart)..<Int(token.symbolEnd) {
        if let child = trie.child(of: symbols[s], lower: lower, upper: upper) {
          walk(child, next: position + 1, start: start, clause: clause, into: &matches)
        }
      }
    }
  }

  @inline(__always)
  fileprivate func child(of symbol: Int32, lower: Int, upper: Int) -> Int? {
    var lo = lower, hi = upper
    while lo < hi {
      let mid = (lo + hi) >> 1
      let s = edgeSymbols[mid]
      if s == symbol { return Int(edgeChildren[mid]) }
      if s < symbol { lo = mid + 1 } else { hi = mid }
    }
    return nil
  }
}
