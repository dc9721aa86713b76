/// Every expanded phrase of the rubric in one trie over symbols, so a reply is matched
/// against all rules in a single walk from each token.
///
/// The trie has hundreds of thousands of nodes, far more than the processor caches hold, so
/// a walk is bound by memory reads. Each node is therefore one record in a flat array, with
/// everything a visit reads side by side, and records are laid out breadth-first so the
/// shallow nodes that most walks end at sit close together:
///
///     [edgeCount, gapCount, terminalCount,
///      terminal…                    (rule << 2 | anchoredStart << 1 | anchoredEnd),
///      (symbol, child record)…      sorted by symbol,
///      (maximum gap, child record)… sorted by maximum]
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

  /// The node records, as described above; a node is known by the offset of its record.
  let records: [Int32]
  /// The root's child along each symbol (as a record offset, or -1), for an O(1) first step.
  let rootChildren: [Int32]

  /// Appends every match of every phrase, each inside one clause, to `matches`.
  func matches(in stream: TokenStream, into matches: inout [Match]) {
    records.withUnsafeBufferPointer { records in
      rootChildren.withUnsafeBufferPointer { rootChildren in
        stream.tokens.withUnsafeBufferPointer { tokens in
          stream.symbols.withUnsafeBufferPointer { symbols in
            stream.spans.withUnsafeBufferPointer { spans in
              stream.spanStarts.withUnsafeBufferPointer { spanStarts in
                let walker = Walker(
                  records: records, rootChildren: rootChildren, tokens: tokens, symbols: symbols, spans: spans,
                  spanStarts: spanStarts)
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
    }
  }

  /// Walks the trie over one reply's tokens without copying or retaining anything.
  private struct Walker {
    let records: UnsafeBufferPointer<Int32>
    let rootChildren: UnsafeBufferPointer<Int32>
    let tokens: UnsafeBufferPointer<TokenStream.Token>
    let symbols: UnsafeBufferPointer<Int32>
    let spans: UnsafeBufferPointer<TokenStream.Span>
    let spanStarts: UnsafeBufferPointer<Int32>

    /// Every match that begins at token `start`.
    func start(at start: Int, clause: TokenStream.Clause, into matches: inout [Match]) {
      let token = tokens[start]
      for s in Int(token.symbolStart)..<Int(token.symbolEnd) {
        let symbol = Int(symbols[s])
        guard symbol < rootChildren.count else { continue }
        let child = rootChildren[symbol]
        if child >= 0 { walk(Int(child), next: start + 1, start: start, clause: clause, into: &matches) }
      }
      guard !spanStarts.isEmpty else { return }
      for k in Int(spanStarts[start])..<Int(spanStarts[start + 1]) {
        let symbol = Int(spans[k].symbol)
        guard symbol < rootChildren.count else { continue }
        let child = rootChildren[symbol]
        if child >= 0 { walk(Int(child), next: Int(spans[k].end), start: start, clause: clause, into: &matches) }
      }
    }

    func walk(_ node: Int, next: Int, start: Int, clause: TokenStream.Clause, into matches: inout [Match]) {
      let edgeCount = Int(records[node + Record.edgeCountField])
      let gapCount = Int(records[node + Record.gapCountField])
      let terminalCount = Int(records[node + Record.terminalCountField])
      let terminals = node + Record.headerSize
      for t in terminals..<(terminals + terminalCount) {
        let terminal = records[t]
        if Record.isAnchoredStart(terminal) && start != clause.firstToken { continue }
        if Record.isAnchoredEnd(terminal) && next != clause.endToken { continue }
        matches.append(Match(rule: Record.rule(of: terminal), first: Int32(start), last: Int32(next - 1)))
      }
      guard next < clause.endToken else { return }
      let edges = terminals + terminalCount
      if edgeCount > 0 {
        step(edges: edges, count: edgeCount, at: next, start: start, clause: clause, into: &matches)
      }
      let gaps = edges + 2 * edgeCount
      for g in 0..<gapCount {
        let maximum = Int(records[gaps + 2 * g])
        let child = Int(records[gaps + 2 * g + 1])
        // After a gap only a symbol step can follow (a phrase never ends in a gap).
        let childEdges = child + Record.headerSize + Int(records[child + Record.terminalCountField])
        let childEdgeCount = Int(records[child + Record.edgeCountField])
        var skip = 0
        while skip <= maximum && next + skip < clause.endToken {
          step(edges: childEdges, count: childEdgeCount, at: next + skip, start: start, clause: clause, into: &matches)
          skip += 1
        }
      }
    }

    /// Follows every edge (of the `count` pairs at `edges`) that the token at `position` matches.
    @inline(__always)
    private func step(
      edges: Int, count: Int, at position: Int, start: Int, clause: TokenStream.Clause, into matches: inout [Match]
    ) {
      let token = tokens[position]
      for s in Int(token.symbolStart)..<Int(token.symbolEnd) {
        if let child = child(along: symbols[s], edges: edges, count: count) {
          walk(child, next: position + 1, start: start, clause: clause, into: &matches)
        }
      }
      guard !spanStarts.isEmpty else { return }
      // A multi-word class member: one step over all its words.
      for k in Int(spanStarts[position])..<Int(spanStarts[position + 1]) {
        if let child = child(along: spans[k].symbol, edges: edges, count: count) {
          walk(child, next: Int(spans[k].end), start: start, clause: clause, into: &matches)
        }
      }
    }

    /// Binary search of a node's (symbol, child) pairs.
    @inline(__always)
    private func child(along symbol: Int32, edges: Int, count: Int) -> Int? {
      var lo = 0, hi = count
      while lo < hi {
        let mid = (lo + hi) >> 1
        let s = records[edges + 2 * mid]
        if s == symbol { return Int(records[edges + 2 * mid + 1]) }
        if s < symbol { lo = mid + 1 } else { hi = mid }
      }
      return nil
    }
  }
}
