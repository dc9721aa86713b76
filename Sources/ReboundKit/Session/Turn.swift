/// One exchange: the trainee's reply, what the scorer found, and how the customer reacted.
public struct Turn: Sendable, Equatable {
  /// 1-based.
  public var number: Int
  public var reply: String
  public var verdict: Verdict
  public var reaction: Reaction
  /// What the customer said back (an ending line when the session ended on this turn).
  public var customerLine: String
  public var moodBefore: Int
  public var moodAfter: Int
  /// Set when the session ended on this turn.
  public var outcome: Outcome?

  public init(
    number: Int, reply: String, verdict: Verdict, reaction: Reaction, customerLine: String, moodBefore: Int,
    moodAfter: Int, outcome: Outcome?
  ) {
    self.number = number
    self.reply = reply
    self.verdict = verdict
    self.reaction = reaction
    self.customerLine = customerLine
    self.moodBefore = moodBefore
    self.moodAfter = moodAfter
    self.outcome = outcome
  }
}
