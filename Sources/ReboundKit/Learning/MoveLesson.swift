/// What `rebound learn` teaches about one move: what it is in plain words, one short example,
/// what to write, and the nudge given when a reply makes another move instead.
public struct MoveLesson: Sendable, Equatable {
  public var move: Label
  /// "an apology", as in "that's an apology".
  public var noun: String
  /// One line for the overview: "say sorry, sincerely, with no 'but'".
  public var summary: String
  public var explanation: String
  public var example: String
  /// The exercise: what to write to the customer.
  public var task: String
  /// What to do next when the move is missing: "acknowledge what happened to them".
  public var nudge: String

  /// The four lessons, in the order they are taught (the guide's order).
  public static let all: [MoveLesson] = [
    MoveLesson(
      move: .acknowledge, noun: "an acknowledgement", summary: "show you see what happened to them and how it feels",
      explanation: """
        Show them you see what happened to them and how it feels. Name their problem in their \
        own terms, say how it must have felt, or thank them for telling you. A bare "I \
        understand" or "noted" is not enough: it has to be about them.
        """,
      example: "\"That must have been a horrible night. Someone got into your locked cabin and took your things.\"",
      task: "Write a reply that acknowledges what happened to them.",
      nudge: "acknowledge what happened to them: name their problem, or how it must have felt"),
    MoveLesson(
      move: .communicate, noun: "communication (a question or a next step)", summary: "ask them, or say what happens next and when",
      explanation: """
        Keep them informed, or ask. Ask a question that helps you understand or lets them \
        choose, or tell them what happens next, who does it and when. Do not assume what they \
        want: ask.
        """,
      example: "\"Could you tell me what else was in the room? I'll speak to security this morning and come back to you by noon.\"",
      task: "Write a reply that asks them something, or tells them what happens next and when.",
      nudge: "ask them something, or tell them what happens next and when"),
    MoveLesson(
      move: .apologize, noun: "an apology", summary: "say sorry, sincerely, with no 'but'",
      explanation: """
        Say sorry, sincerely, and own it. No "but" after it: "sorry, but that's policy" is an \
        excuse, and "sorry you feel that way" blames their feelings. Neither counts.
        """,
      example: "\"I'm so sorry. That should never have happened to you.\"",
      task: "Write a reply that apologises to them.",
      nudge: "say sorry, sincerely, with no 'but' after it"),
    MoveLesson(
      move: .answer, noun: "a fix", summary: "commit to a concrete fix for what they lost",
      explanation: """
        Commit to a concrete remedy for what they lost: replace it, refund it, repair it, waive \
        a fee, a gift. "We'll look into it" is not a fix, and neither is mending your own \
        process ("we'll change the lock"): that fixes the system, not their loss.
        """,
      example: "\"I'll pay for the trousers and the belt, and tomorrow's dive is on us.\"",
      task: "Write a reply that offers them a concrete fix.",
      nudge: "offer a concrete fix: say what you will do for them"),
  ]

  public static func lesson(for move: Label) -> MoveLesson? { all.first { $0.move == move } }
}

/// What `rebound learn` says about one of the don'ts.
public struct PitfallLesson: Sendable, Equatable {
  public var pitfall: Label
  /// "an excuse", as in "that's an excuse".
  public var noun: String
  public var explanation: String
  public var example: String

  public static let all: [PitfallLesson] = [
    PitfallLesson(
      pitfall: .excuse, noun: "an excuse",
      explanation: "explaining the failure away or pushing it onto someone else. They hear that it was not your problem.",
      example: "\"The courier must have dropped it; we're short-staffed this week.\""),
    PitfallLesson(
      pitfall: .blame, noun: "blame",
      explanation: "suggesting the customer caused it, or is not telling the truth. It ends their trust.",
      example: "\"Are you sure you locked the door?\""),
    PitfallLesson(
      pitfall: .rude, noun: "rudeness",
      explanation: "dismissing, talking down, or refusing outright. It turns a complaint into a fight you cannot win.",
      example: "\"Calm down, it's only a pair of trousers. There's nothing I can do.\""),
  ]

  public static func lesson(for pitfall: Label) -> PitfallLesson? { all.first { $0.pitfall == pitfall } }
}
