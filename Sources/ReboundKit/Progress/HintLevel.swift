/// How much `/hint` says in practice mode, from how many times the trainee has passed the
/// scenario in their own transcripts: a full hint before the first pass, a one-word cue after
/// one, none after two or more. Exam mode has no hints at all.
public enum HintLevel: Sendable, Equatable {
  case full
  case cue
  /// No hints: the trainee has passed the scenario this many times.
  case none(passes: Int)

  public init(passes: Int) {
    switch passes {
    case ..<1: self = .full
    case 1: self = .cue
    default: self = .none(passes: passes)
    }
  }

  /// What `/hint` prints at this level (without colour).
  public func text(for conversation: Conversation) -> String {
    switch self {
    case .full: "Hint (full; hints fade once you pass this scenario): " + Hint.text(for: conversation)
    case .cue: "Hint (one-word cue; you've passed this scenario once): " + Hint.cue(for: conversation)
    case .none(let passes):
      "Hints are no longer available for this scenario — you've passed it \(passes) times."
    }
  }
}
