/// What a manager can set by hand in a review: one of the seven labels, or whether the
/// session offered something extra. Written in a transcript by its name (`set: extra yes`).
public enum ReviewItem: Hashable, Sendable, Comparable {
  case label(Label)
  case extra

  /// Every item, in the order a review asks: the labels in guide order, then extra.
  public static let all: [ReviewItem] = Label.allCases.map { .label($0) } + [.extra]

  public static let extraName = "extra"

  public static let acknowledge = ReviewItem.label(.acknowledge)
  public static let communicate = ReviewItem.label(.communicate)
  public static let apologize = ReviewItem.label(.apologize)
  public static let answer = ReviewItem.label(.answer)
  public static let excuse = ReviewItem.label(.excuse)
  public static let blame = ReviewItem.label(.blame)
  public static let rude = ReviewItem.label(.rude)

  public init?(name: String) {
    if name == Self.extraName {
      self = .extra
    } else if let label = Label(rawValue: name) {
      self = .label(label)
    } else {
      return nil
    }
  }

  public var name: String {
    switch self {
    case .label(let label): label.rawValue
    case .extra: Self.extraName
    }
  }

  /// The label, for a label item.
  public var label: Label? {
    if case .label(let label) = self { return label }
    return nil
  }

  /// The names a review accepts, as a person reads them.
  public static var validNames: String { all.map(\.name).joined(separator: ", ") }

  public static func < (lhs: ReviewItem, rhs: ReviewItem) -> Bool {
    (all.firstIndex(of: lhs) ?? 0) < (all.firstIndex(of: rhs) ?? 0)
  }
}
