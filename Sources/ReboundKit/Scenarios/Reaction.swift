/// What the customer reacts to after a reply: the name of a set of lines in a scenario's
/// `reactions:`. The simulator picks one kind per reply (see `ReactionChooser`).
public enum Reaction: String, CaseIterable, Sendable, Codable, Hashable {
  // What the reply did wrong.
  /// An empty reply: the trainee said nothing.
  case silence
  case rude
  case blame
  case excuse
  /// Sympathy followed by "but": they hear only the "but".
  case heardOnlyTheBut = "heard-only-the-but"
  /// A fix offered before any apology or acknowledgement: "stop fixing, listen to me".
  case fixBeforeListening = "fix-before-listening"
  /// A stock phrase ("we value your feedback", "I hear you") and nothing else.
  case stockPhrase = "stock-phrase"
  // What is still missing.
  /// Several replies and still no apology.
  case missingApology = "missing-apology"
  /// Apologised and acknowledged, several replies, and still no remedy.
  case missingRemedy = "missing-remedy"
  // What the reply did right.
  case extra
  case remedy
  case apology
  case acknowledgement
  /// Asked them a question about their problem.
  case question
  /// Asked something to the side of the problem ("Can I take your bag?"). Optional in a
  /// scenario: without `aside` lines the customer answers with the `question` lines.
  case aside
  /// Said what happens next without asking anything.
  case nextStep = "next-step"
  /// A reply that did nothing the customer can react to.
  case nothingNew = "nothing-new"

  /// The reactions a scenario may leave out, with the reaction whose lines stand in.
  public static let optional: [Reaction: Reaction] = [.aside: .question]
}

/// How a session ends.
public enum Outcome: String, CaseIterable, Sendable, Codable, Hashable {
  /// All four moves achieved and the mood below the scenario's threshold.
  case resolved
  /// The mood reached the top: the customer leaves.
  case walkedOut = "walked-out"
  /// The scenario's turn limit came first.
  case turnLimit = "turn-limit"
  /// The trainee quit, or the input ended, before any of the above.
  case abandoned
  /// The session never ended properly (the program was stopped); only transcripts say this.
  case unfinished
}
