/// What a reply offers, as `docs/extras.md` annotates it: a remedy for what the customer
/// lost, something extra beyond it, both, or neither.
public enum Offer: String, CaseIterable, Codable, Sendable {
  case remedy
  case remedyAndExtra = "remedy+extra"
  case extra
  case neither

  /// Whether the reply offers something beyond putting the loss right.
  public var hasExtra: Bool { self == .extra || self == .remedyAndExtra }

  /// The values a corpus line may give, as a person reads them.
  public static var validNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
