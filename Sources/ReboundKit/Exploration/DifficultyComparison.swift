/// The same replies played at easy, medium and hard: a hard customer should calm more
/// slowly and escalate faster. Two sequences are played: the scenario's own good replies
/// (calming) and excuses from the bank (escalating).
public struct DifficultyComparison: Sendable, Equatable {
  public struct Curves: Sendable, Equatable {
    /// The replies played, in order.
    public var replies: [String]
    /// The mood before the first reply and after each, per difficulty.
    public var moods: [Difficulty: [Int]]

    /// How far the mood fell at its lowest (calming) or rose at its highest (escalating);
    /// capped by the mood's range (0 and 100), so compare the curves themselves for order.
    public func swing(at difficulty: Difficulty) -> Int {
      guard let curve = moods[difficulty], let start = curve.first else { return 0 }
      return max(start - (curve.min() ?? start), (curve.max() ?? start) - start)
    }

    var isTheSameAtEveryDifficulty: Bool {
      Set(Difficulty.allCases.map { moods[$0] ?? [] }).count == 1
    }
  }

  public var calming: Curves
  public var escalating: Curves

  init(calming: Curves, escalating: Curves) {
    self.calming = calming
    self.escalating = escalating
  }

  public init(scenario: Scenario, scorer: Scorer, bank: ReplyBank, seed: UInt64) {
    let good = bank.recovering.prefix(4).map { bank.entries[$0] }
    let excuses = bank.excuses.prefix(3).map { bank.entries[$0] }
    calming = Self.play(good.isEmpty ? [bank.silence] : Array(good), scenario: scenario, scorer: scorer, seed: seed)
    escalating = Self.play(
      excuses.isEmpty ? Array(repeating: bank.silence, count: 3) : Array(excuses), scenario: scenario, scorer: scorer,
      seed: seed)
  }

  /// Whether easy, medium and hard gave exactly the same mood curves for both sequences.
  public var behavesTheSame: Bool { calming.isTheSameAtEveryDifficulty && escalating.isTheSameAtEveryDifficulty }

  /// Where a harder difficulty's customer was calmer than an easier one's after the same
  /// replies (compared reply by reply, while both sessions last).
  public var inversions: [String] {
    var found: [String] = []
    for (easier, harder) in [(Difficulty.easy, Difficulty.medium), (.medium, .hard)] {
      for (name, curves) in [("calming", calming), ("escalating", escalating)] {
        let easy = curves.moods[easier] ?? [], hard = curves.moods[harder] ?? []
        if let turn = (0..<min(easy.count, hard.count)).first(where: { hard[$0] < easy[$0] }) {
          found.append(
            "\(name): after reply \(turn) the \(harder.rawValue) customer is calmer than the \(easier.rawValue) one (mood \(hard[turn]) against \(easy[turn]))")
        }
      }
    }
    return found
  }

  private static func play(_ entries: [ReplyBank.Entry], scenario: Scenario, scorer: Scorer, seed: UInt64) -> Curves {
    var moods: [Difficulty: [Int]] = [:]
    for difficulty in Difficulty.allCases {
      var conversation = Conversation(scenario: scenario, scorer: scorer, difficulty: difficulty, seed: seed)
      for entry in entries where !conversation.isOver { conversation.respond(to: entry.text, scored: entry.verdict) }
      moods[difficulty] = conversation.moodCurve
    }
    return Curves(replies: entries.map(\.text), moods: moods)
  }
}
