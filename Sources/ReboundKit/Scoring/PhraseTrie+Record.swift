extension PhraseTrie {
  /// How a node is laid out in the trie's flat `records`, written down once for the builder
  /// that packs nodes and the walker that reads them:
  /// `[edgeCount, gapCount, terminalCount, terminal…, (symbol, child)…, (gapMaximum, child)…]`.
  enum Record {
    /// Words before a node's terminals.
    static let headerSize = 3
    static let edgeCountField = 0
    static let gapCountField = 1
    static let terminalCountField = 2

    /// The words a node with these counts takes.
    static func size(terminals: Int, edges: Int, gaps: Int) -> Int {
      headerSize + terminals + 2 * edges + 2 * gaps
    }

    /// A terminal as one word: its rule, then whether it must open and close its clause.
    static func pack(_ terminal: Terminal) -> Int32 {
      terminal.rule << 2 | (terminal.anchoredStart ? 0b10 : 0) | (terminal.anchoredEnd ? 0b01 : 0)
    }

    @inline(__always) static func rule(of packed: Int32) -> Int32 { packed >> 2 }
    @inline(__always) static func isAnchoredStart(_ packed: Int32) -> Bool { packed & 0b10 != 0 }
    @inline(__always) static func isAnchoredEnd(_ packed: Int32) -> Bool { packed & 0b01 != 0 }
  }
}
