/// A nudge toward the next missing move, person first: it says what to do, never the words.
public enum Hint {
  public static func text(for conversation: Conversation) -> String {
    let done = conversation.achievedMoves
    if !done.contains(.apologize) {
      return "They have not heard a sorry yet. Apologise for what happened to them, sincerely and with no 'but'."
    }
    if !done.contains(.acknowledge) {
      return "Show you understand what this did to them: name what happened, and how it must have felt."
    }
    if !done.contains(.communicate) {
      return "Ask them something (what happened, what would help), or tell them what happens next and when."
    }
    if !done.contains(.answer) {
      return "They need a concrete fix: say what you will do for them, and by when."
    }
    if conversation.difficulty.demandsExtra && !conversation.extraOffered {
      return "You have put things right; this customer wants more. Offer something extra they would value."
    }
    return "Every move is made. Keep listening, check they are all right, and say when you will follow up."
  }

  /// The same nudge as one word, for a trainee who has passed the scenario once.
  public static func cue(for conversation: Conversation) -> String {
    let done = conversation.achievedMoves
    if !done.contains(.apologize) { return "Apologise." }
    if !done.contains(.acknowledge) { return "Acknowledge." }
    if !done.contains(.communicate) { return "Ask." }
    if !done.contains(.answer) { return "Fix." }
    if conversation.difficulty.demandsExtra && !conversation.extraOffered { return "Extra." }
    return "Follow-up."
  }
}
