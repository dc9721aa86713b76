/// How hard the customer is to calm. It changes behaviour, not just a label: a hard customer
/// calms more slowly, escalates faster, complains sooner about a missing apology, and wants
/// something extra before calling it resolved.
public enum Difficulty: String, CaseIterable, Sendable, Codable, Comparable {
  case easy, medium, hard

  /// Multiplies every calming step of the mood.
  public var calming: Double {
    switch self {
    case .easy: 1.3
    case .medium: 1.0
    case .hard: 0.7
    }
  }

  /// Multiplies every angering step of the mood.
  public var escalation: Double {
    switch self {
    case .easy: 0.7
    case .medium: 1.0
    case .hard: 1.4
    }
  }

  /// Replies without an apology before the customer asks for one.
  public var apologyPatience: Int {
    switch self {
    case .easy: 3
    case .medium: 2
    case .hard: 1
    }
  }

  /// Whether resolving needs something extra besides the four moves.
  public var demandsExtra: Bool { self == .hard }

  public static func < (lhs: Difficulty, rhs: Difficulty) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
