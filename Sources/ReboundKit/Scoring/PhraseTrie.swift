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
  fileprivate var rootChildren: [Int32] = []

  /// A trie under construction. Every edge of every node lives in one table keyed by
  /// (node, step), so a trie of hundreds of thousands of nodes costs a few bytes a node to
  /// build instead of a dictionary each.
  struct Builder {
    enum Step: Hashable { case symbol(Int32), gap(Int32) }

    private var edges: [UInt64: Int32] = [:]
    /// (node, terminal) in the order added; most nodes end a phrase, so no array per node.
    private var terminals: [(node: Int32, terminal: Terminal)] = []
    private var nodeCount: Int32 = 1

    /// Edges of one node sort by this key: its symbols in order, then its gaps in order.
    private static func key(_ node: Int32, _ step: Step) -> UInt64 {
      let low: UInt32
      switch step {
      case .symbol(let s): low = UInt32(bitPattern: s)
      case .gap(let g): low = 1 << 31 | UInt32(bitPattern: g)
      }
      return UInt64(UInt32(bitPattern: node)) << 32 | UInt64(low)
    }

    /// The child of `node` along `step`, created if needed.
    mutating func child(of node: Int32, _ step: Step) -> Int32 {
      let key = Self.key(node, step)
      if let child = edges[key] { return child }
      let child = nodeCount
      nodeCount += 1
      edges[key] = child
      return child
    }

    mutating func addTerminal(_ node: Int32, _ terminal: Terminal) {
      terminals.append((node, terminal))
    }

    func build(symbolCount: Int) -> PhraseTrie {
      var trie = PhraseTrie()
      let sorted = edges.sorted { $0.key < $1.key }
      // By node, keeping the order they were added in within a node.
      let ends = terminals.indices.sorted { (terminals[$0].node, $0) < (terminals[$1].node, $1) }
      var nextEnd = 0
      trie.nodes.reserveCapacity(Int(nodeCount))
      trie.rootChildren = Array(repeating: -1, count: symbolCount)
      var next = 0
      for node in 0..<nodeCount {
        var built = Node()
        built.edgeStart = Int32(trie.edgeSymbols.count)
        built.gapStart = Int32(trie.gapMaxima.count)
        while next < sorted.count, sorted[next].key >> 32 == UInt64(node) {
          let low = UInt32(truncatingIfNeeded: sorted[next].key)
          let child = sorted[next].value
          if low & (1 << 31) == 0 {
            trie.edgeSymbols.append(Int32(bitPattern: low))
            trie.edgeChildren.append(child)
            if node == 0, Int(low) < symbolCount { trie.rootChildren[Int(low)] = child }
          } else {
            trie.gapMaxima.append(Int32(bitPattern: low & ~(1 << 31)))
            trie.gapChildren.append(child)
          }
          next += 1
        }
        built.edgeCount = Int32(trie.edgeSymbols.count) - built.edgeStart
        built.gapCount = Int32(trie.gapMaxima.count) - built.gapStart
        built.terminalStart = Int32(trie.terminals.count)
        while nextEnd < ends.count, terminals[ends[nextEnd]].node == node {
          let terminal = terminals[ends[nextEnd]].terminal
          if !trie.terminals[Int(built.terminalStart)...].contains(terminal) { trie.terminals.append(terminal) }
          nextEnd += 1
        }
        built.terminalCount = Int32(trie.terminals.count) - built.terminalStart
        trie.nodes.append(built)
      }
      return trie
    }
  }

  /// Appends every match of every phrase, each inside one clause, to `matches`.
  func matches(in stream: TokenStream, into matches: inout [Match]) {
    stream.tokens.withUnsafeBufferPointer { tokens in
      stream.symbols.withUnsafeBufferPointer { symbols in
        stream.spans.withUnsafeBufferPointer { spans in
          stream.spanStarts.withUnsafeBufferPointer { spanStarts in
            let walker = Walker(trie: self, tokens: tokens, symbols: symbols, spans: spans, spanStarts: spanStarts)
            for clause in stream.clauses {
              for start in clause.firstToken..<clause.endToken {
                walker.start(at: start, clause: clause, into: &matches)
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
    let spans: UnsafeBufferPointer<TokenStream.Span>
    let spanStarts: UnsafeBufferPointer<Int32>

    /// Every match that begins at token `start`.
    func start(at start: Int, clause: TokenStream.Clause, into matches: inout [Match]) {
      let token = tokens[start]
      for s in Int(token.symbolStart)..<Int(token.symbolEnd) {
        let symbol = Int(symbols[s])
        guard symbol < trie.rootChildren.count else { continue }
        let child = trie.rootChildren[symbol]
        if child >= 0 { walk(Int(child), next: start + 1, start: start, clause: clause, into: &matches) }
      }
      guard !spanStarts.isEmpty else { return }
      for k in Int(spanStarts[start])..<Int(spanStarts[start + 1]) {
        let symbol = Int(spans[k].symbol)
        guard symbol < trie.rootChildren.count else { continue }
        let child = trie.rootChildren[symbol]
        if child >= 0 { walk(Int(child), next: Int(spans[k].end), start: start, clause: clause, into: &matches) }
      }
    }

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
      guard !spanStarts.isEmpty else { return }
      // A multi-word class member: one step over all its words.
      for k in Int(spanStarts[position])..<Int(spanStarts[position + 1]) {
        if let child = trie.child(of: spans[k].symbol, lower: lower, upper: upper) {
          walk(child, next: Int(spans[k].end), start: start, clause: clause, into: &matches)
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
