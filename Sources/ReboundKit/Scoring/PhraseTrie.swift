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

  /// A trie under construction.
  struct Builder {
    fileprivate struct MutableNode {
      var edges: [Int32: Int32] = [:]
      var gaps: [Int32: Int32] = [:]
      var terminals: [Terminal] = []
    }
    fileprivate var nodes = [MutableNode()]

    enum Step: Hashable { case symbol(Int32), gap(Int32) }

    /// The child of `node` along `step`, created if needed.
    mutating func child(of node: Int32, _ step: Step) -> Int32 {
      let n = Int(node)
      switch step {
      case .symbol(let s):
        if let child = nodes[n].edges[s] { return child }
        nodes.append(MutableNode())
        nodes[n].edges[s] = Int32(nodes.count - 1)
      case .gap(let g):
        if let child = nodes[n].gaps[g] { return child }
        nodes.append(MutableNode())
        nodes[n].gaps[g] = Int32(nodes.count - 1)
      }
      return Int32(nodes.count - 1)
    }

    mutating func addTerminal(_ node: Int32, _ terminal: Terminal) {
      if !nodes[Int(node)].terminals.contains(terminal) { nodes[Int(node)].terminals.append(terminal) }
    }

    func build(symbolCount: Int) -> PhraseTrie {
      var trie = PhraseTrie()
      for node in nodes {
        var built = Node()
        built.edgeStart = Int32(trie.edgeSymbols.count)
        for (symbol, child) in node.edges.sorted(by: { $0.key < $1.key }) {
          trie.edgeSymbols.append(symbol)
          trie.edgeChildren.append(child)
        }
        built.edgeCount = Int32(node.edges.count)
        built.gapStart = Int32(trie.gapMaxima.count)
        for (gap, child) in node.gaps.sorted(by: { $0.key < $1.key }) {
          trie.gapMaxima.append(gap)
          trie.gapChildren.append(child)
        }
        built.gapCount = Int32(node.gaps.count)
        built.terminalStart = Int32(trie.terminals.count)
        trie.terminals += node.terminals
        built.terminalCount = Int32(node.terminals.count)
        trie.nodes.append(built)
      }
      trie.rootChildren = Array(repeating: -1, count: symbolCount)
      for (symbol, child) in nodes[0].edges where Int(symbol) < symbolCount {
        trie.rootChildren[Int(symbol)] = child
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
