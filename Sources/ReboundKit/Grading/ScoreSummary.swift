/// A scorecard's result without its evidence or breakdown: the score, the pass, and which
/// moves were made and how many replies fell into each pitfall. A few bytes, so a report of
/// many thousands of transcripts keeps one per row.
public struct ScoreSummary: Sendable, Equatable {
  public var score: Int
  public var passMark: Int
  public var passed: Bool
  /// Bit `i` set: `Label.moves[i]` was made; bit 7: something extra was offered.
  private var moveBits: UInt8
  /// Replies with each pitfall, in `Label.pitfalls` order.
  private var pitfallCounts: (UInt16, UInt16, UInt16)

  public init(_ card: Scorecard) {
    score = card.score
    passMark = card.passMark
    passed = card.passed
    moveBits = 0
    for (index, move) in Label.moves.enumerated() where card.moves[move] != nil { moveBits |= 1 << index }
    if card.extraReply != nil { moveBits |= Self.extraBit }
    let counts = Label.pitfalls.map { UInt16(clamping: card.count(of: $0)) }
    pitfallCounts = (counts[0], counts[1], counts[2])
  }

  public func made(_ move: Label) -> Bool {
    guard let index = Label.moves.firstIndex(of: move) else { return false }
    return moveBits & (1 << index) != 0
  }

  /// Whether something extra was offered (or set by a review).
  public var offeredExtra: Bool { moveBits & Self.extraBit != 0 }

  private static let extraBit: UInt8 = 1 << 7

  /// How many replies fell into a pitfall.
  public func count(of pitfall: Label) -> Int {
    switch Label.pitfalls.firstIndex(of: pitfall) {
    case 0: Int(pitfallCounts.0)
    case 1: Int(pitfallCounts.1)
    case 2: Int(pitfallCounts.2)
    default: 0
    }
  }

  public static func == (a: ScoreSummary, b: ScoreSummary) -> Bool {
    a.score == b.score && a.passMark == b.passMark && a.passed == b.passed && a.moveBits == b.moveBits
      && a.pitfallCounts == b.pitfallCounts
  }
}
