extension PhraseTrie {
  /// A trie under construction. Every edge of every node lives in one table keyed by
  /// (node, step), so a trie of hundreds of thousands of nodes costs a few bytes a node to
  /// build instead of a dictionary each.
  struct Builder {
    enum Step: Hashable { case symbol(Int32), gap(Int32) }

    private var edges: [UInt64: Int32] = [:]
    /// (node, terminal) in the order added; most nodes end a phrase, so no array per node.
    private var terminals: [(node: Int32, terminal: Terminal)] = []
    private(set) var nodeCount: Int32 = 1

    /// The most nodes a trie may have before merging. The built-in rubric needs under 2
    /// million; a phrase of many alternations in a row multiplies them out, and past this a
    /// compile would take minutes and gigabytes, so it stops with an error instead.
    static let nodeLimit: Int32 = 2_000_000

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
      precondition(terminal.rule >= 0 && terminal.rule < 1 << 29, "a terminal's rule must fit in 29 bits")
      terminals.append((node, terminal))
    }

    /// Packs the trie into records, merging every set of nodes whose subtries are the same
    /// (same terminals, same steps to the same children): phrases that differ only in their
    /// openings share their endings. The walk cannot tell the difference, since it never goes
    /// back up, and the records take a fraction of the space.
    func build(symbolCount: Int) -> PhraseTrie {
      let nodes = Int(nodeCount)
      let sortedEdges = edges.sorted { $0.key < $1.key }
      // Node n's edges (symbols, then gaps) are sortedEdges[edgeBegin[n]..<edgeBegin[n + 1]].
      var edgeBegin = Array(repeating: sortedEdges.count, count: nodes + 1)
      for i in sortedEdges.indices.reversed() { edgeBegin[Int(sortedEdges[i].key >> 32)] = i }
      for n in stride(from: nodes - 1, through: 0, by: -1) { edgeBegin[n] = min(edgeBegin[n], edgeBegin[n + 1]) }

      let (packedTerminals, terminalBegin) = packedTerminalsByNode(nodeCount: nodes)
      let representative = mergedNodes(sortedEdges, edgeBegin: edgeBegin, terminals: packedTerminals, terminalBegin: terminalBegin)
      let order = breadthFirstOrder(sortedEdges, edgeBegin: edgeBegin, representative: representative)

      // Where each kept node's record starts.
      var offset = Array(repeating: Int32(0), count: nodes)
      var size = 0
      for node in order {
        precondition(size < Int(Int32.max), "the phrase trie is too large")
        offset[node] = Int32(size)
        // Gaps count as edges here: both take two words.
        size += Record.size(
          terminals: terminalBegin[node + 1] - terminalBegin[node], edges: edgeBegin[node + 1] - edgeBegin[node], gaps: 0)
      }

      var records: [Int32] = []
      records.reserveCapacity(size)
      var rootChildren = Array(repeating: Int32(-1), count: symbolCount)
      for node in order {
        let nodeEdges = sortedEdges[edgeBegin[node]..<edgeBegin[node + 1]]
        // Symbols sort before gaps.
        let firstGap = nodeEdges.firstIndex { $0.key & (1 << 31) != 0 } ?? nodeEdges.endIndex
        let symbolEdges = nodeEdges[..<firstGap]
        let gapEdges = nodeEdges[firstGap...]
        records.append(Int32(symbolEdges.count))
        records.append(Int32(gapEdges.count))
        records.append(Int32(terminalBegin[node + 1] - terminalBegin[node]))
        records += packedTerminals[terminalBegin[node]..<terminalBegin[node + 1]]
        for edge in symbolEdges {
          let symbol = Int32(bitPattern: UInt32(truncatingIfNeeded: edge.key))
          let child = offset[Int(representative[Int(edge.value)])]
          records.append(symbol)
          records.append(child)
          if node == 0, Int(symbol) < symbolCount { rootChildren[Int(symbol)] = child }
        }
        for edge in gapEdges {
          records.append(Int32(bitPattern: UInt32(truncatingIfNeeded: edge.key) & ~(1 << 31)))
          records.append(offset[Int(representative[Int(edge.value)])])
        }
      }
      return PhraseTrie(records: records, rootChildren: rootChildren)
    }

    /// For each node, the first node with the same subtrie. A child is always created after
    /// its parent, so going from the last node to the first meets every child before its parent.
    private func mergedNodes(
      _ sortedEdges: [(key: UInt64, value: Int32)], edgeBegin: [Int], terminals: [Int32], terminalBegin: [Int]
    ) -> [Int32] {
      let nodes = Int(nodeCount)
      var representative = Array(0..<Int32(nodeCount))
      var bySignature: [[Int32]: Int32] = [:]
      var signature: [Int32] = []
      for node in stride(from: nodes - 1, through: 0, by: -1) {
        signature.removeAll(keepingCapacity: true)
        signature += terminals[terminalBegin[node]..<terminalBegin[node + 1]]
        signature.append(-1)
        for edge in sortedEdges[edgeBegin[node]..<edgeBegin[node + 1]] {
          signature.append(Int32(bitPattern: UInt32(truncatingIfNeeded: edge.key)))
          signature.append(representative[Int(edge.value)])
        }
        if let same = bySignature[signature] {
          representative[node] = same
        } else {
          bySignature[signature] = Int32(node)
        }
      }
      return representative
    }

    /// Each node's terminals, packed as the records store them, in the order they were added
    /// and without repeats; node n's are `packed[begin[n]..<begin[n + 1]]`.
    private func packedTerminalsByNode(nodeCount nodes: Int) -> (packed: [Int32], begin: [Int]) {
      let byNode = terminals.indices.sorted { (terminals[$0].node, $0) < (terminals[$1].node, $1) }
      var packed: [Int32] = []
      var begin = Array(repeating: 0, count: nodes + 1)
      var next = 0
      for node in 0..<nodes {
        begin[node] = packed.count
        while next < byNode.count, Int(terminals[byNode[next]].node) == node {
          let terminal = terminals[byNode[next]].terminal
          let word = Record.pack(terminal)
          if !packed[begin[node]...].contains(word) { packed.append(word) }
          next += 1
        }
      }
      begin[nodes] = packed.count
      return (packed, begin)
    }

    /// The kept nodes level by level from the root, each level in the order of its parents' edges.
    private func breadthFirstOrder(_ sortedEdges: [(key: UInt64, value: Int32)], edgeBegin: [Int], representative: [Int32]) -> [Int] {
      var order = [0]
      order.reserveCapacity(Int(nodeCount))
      var visited = Array(repeating: false, count: Int(nodeCount))
      visited[0] = true
      var head = 0
      while head < order.count {
        let node = order[head]
        head += 1
        for edge in sortedEdges[edgeBegin[node]..<edgeBegin[node + 1]] {
          let child = Int(representative[Int(edge.value)])
          guard !visited[child] else { continue }
          visited[child] = true
          order.append(child)
        }
      }
      return order
    }
  }
}
