/// The seven scoring labels of the annotation guide (`LABELS.md`).
///
/// The first four are the moves a recovery needs; the last three are the don'ts.
public enum Label: String, CaseIterable, Codable, Sendable, Comparable {
  case acknowledge
  case communicate
  case apologize
  case answer
  case excuse
  case blame
  case rude

  /// The four moves a good recovery makes.
  public static let moves: [Label] = [.acknowledge, .communicate, .apologize, .answer]
  /// The three don'ts.
  public static let pitfalls: [Label] = [.excuse, .blame, .rude]

  /// The labels in guide order, as a human reads them: "acknowledge, communicate, …".
  public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

  public static func < (lhs: Label, rhs: Label) -> Bool {
    guard let l = allCases.firstIndex(of: lhs), let r = allCases.firstIndex(of: rhs) else { return false }
    return l < r
  }
}
