/// The score of a whole session out of 100, with every point explained. One scoring path:
/// the simulator, `grade` and `progress` all compute it here from the replies' verdicts.
///
/// - Each of the four moves achieved in any reply: 20 points (80).
/// - Person first: 10 points when the first apology or acknowledgement came no later than
///   the first remedy.
/// - Something extra: 10 points when a reply offered something beyond the fix.
/// - Each reply with an excuse loses 10, with blame 15, with rudeness 20.
/// The score is clamped to 0…100. A session passes when the score reaches the pass mark and
/// it ended resolved (a transcript without an outcome, such as a real chat log, is judged on
/// its score alone).
public struct Scorecard: Sendable, Equatable {
  public enum Points {
    public static let move = 20
    public static let personFirst = 10
    public static let extra = 10
    public static let excuse = 10
    public static let blame = 15
    public static let rude = 20

    public static func penalty(for label: Label) -> Int {
      switch label {
      case .excuse: excuse
      case .blame: blame
      case .rude: rude
      default: 0
      }
    }
  }

  /// The first reply that achieved a move, with its evidence.
  public struct Achievement: Sendable, Equatable {
    /// 1-based reply number.
    public var reply: Int
    public var finding: Finding?
  }

  /// A reply that fell into a pitfall.
  public struct Pitfall: Sendable, Equatable {
    public var label: Label
    public var reply: Int
    public var findings: [Finding]
  }

  /// One line of the breakdown: "+20 apologize (reply 1)".
  public struct Line: Sendable, Equatable {
    public var points: Int
    public var reason: String
  }

  public var moves: [Label: Achievement]
  public var pitfalls: [Pitfall]
  public var personFirst: Bool
  /// The reply that first offered something extra.
  public var extraReply: Int?
  /// The evidence of that extra (nil when none was offered, or when a review set it).
  public var extraFinding: Finding?
  public var score: Int
  public var passMark: Int
  public var outcome: Outcome?
  public var passed: Bool
  public var breakdown: [Line]

  /// - Parameters:
  ///   - verdicts: the verdict of each reply, in order.
  ///   - outcome: how the session ended, if known.
  ///   - overrides: labels a manager set by hand in a review; a move set to yes counts as
  ///     made (reply 0: "set by review"), set to no as not made; a pitfall set to yes costs
  ///     once when the scorer found none, set to no costs nothing.
  ///   - extraOverride: whether a review set something extra as offered (reply 0 when the
  ///     scorer found none) or as not offered.
  public init(
    verdicts: [Verdict], outcome: Outcome?, passMark: Int, overrides: [Label: Bool] = [:], extraOverride: Bool? = nil
  ) {
    var moves: [Label: Achievement] = [:]
    var pitfalls: [Pitfall] = []
    var extraReply: Int?
    var extraFinding: Finding?
    for (index, verdict) in verdicts.enumerated() {
      for label in Label.moves where verdict.has(label) && moves[label] == nil {
        moves[label] = Achievement(reply: index + 1, finding: verdict.findings(for: label).first)
      }
      for label in Label.pitfalls where verdict.has(label) {
        pitfalls.append(Pitfall(label: label, reply: index + 1, findings: verdict.findings(for: label)))
      }
      if extraReply == nil && ReplyReading(verdict).offersExtra {
        extraReply = index + 1
        extraFinding = verdict.extra
      }
    }
    switch extraOverride {
    case true?:
      if extraReply == nil { extraReply = 0 }
    case false?:
      extraReply = nil
      extraFinding = nil
    case nil: break
    }
    for (label, value) in overrides.sorted(by: { $0.key < $1.key }) {
      if Label.moves.contains(label) {
        if !value { moves[label] = nil } else if moves[label] == nil { moves[label] = Achievement(reply: 0, finding: nil) }
      } else if !value {
        pitfalls.removeAll { $0.label == label }
      } else if !pitfalls.contains(where: { $0.label == label }) {
        pitfalls.append(Pitfall(label: label, reply: 0, findings: []))
      }
    }
    // A move set by review (reply 0) has no place in the order; it never breaks person first.
    let personReplies = [moves[.apologize]?.reply, moves[.acknowledge]?.reply].compactMap { $0 }
    let personFirst: Bool
    if let fix = moves[.answer]?.reply, !personReplies.isEmpty {
      let placed = personReplies.filter { $0 > 0 }
      personFirst = fix == 0 || placed.count < personReplies.count || placed.min()! <= fix
    } else {
      personFirst = false
    }

    var breakdown: [Line] = []
    for label in Label.moves {
      if let achieved = moves[label] {
        let source = achieved.reply > 0 ? "reply \(achieved.reply)" : "set by review"
        breakdown.append(Line(points: Points.move, reason: "\(label.rawValue) (\(source))"))
      } else {
        breakdown.append(Line(points: 0, reason: "\(label.rawValue) never achieved"))
      }
    }
    breakdown.append(
      personFirst
        ? Line(points: Points.personFirst, reason: "person first: heard them before fixing")
        : moves[.answer] == nil
          ? Line(points: 0, reason: "person first: no fix yet")
          : Line(points: 0, reason: "person first: the fix came before any apology or acknowledgement"))
    breakdown.append(
      extraReply.map { Line(points: Points.extra, reason: "something extra (\($0 > 0 ? "reply \($0)" : "set by review"))") }
        ?? Line(points: 0, reason: "nothing extra offered"))
    for pitfall in pitfalls {
      let source = pitfall.reply > 0 ? "reply \(pitfall.reply)" : "set by review"
      breakdown.append(Line(points: -Points.penalty(for: pitfall.label), reason: "\(pitfall.label.rawValue) (\(source))"))
    }
    let total = breakdown.reduce(0) { $0 + $1.points }

    self.moves = moves
    self.pitfalls = pitfalls
    self.personFirst = personFirst
    self.extraReply = extraReply
    self.extraFinding = extraFinding
    self.score = min(100, max(0, total))
    self.passMark = passMark
    self.outcome = outcome
    self.passed = score >= passMark && (outcome == nil || outcome == .resolved)
    self.breakdown = breakdown
  }

  /// The moves not achieved, in guide order.
  public var missingMoves: [Label] { Label.moves.filter { moves[$0] == nil } }

  /// How many replies fell into each pitfall.
  public func count(of pitfall: Label) -> Int { pitfalls.count { $0.label == pitfall } }
}
