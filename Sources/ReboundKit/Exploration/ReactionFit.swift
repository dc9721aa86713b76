/// Whether the customer's reaction fits what a natural reply says: an offer is heard as an
/// offer (a remedy, something extra, or a next step to hold them to), a question as a
/// question. Each reply of the scenario's `natural_replies` is played as the second reply of
/// a session whose first apologised and acknowledged without offering anything (the first such
/// reply among the debrief's model replies and the good paths), so the customer has been heard
/// and is still waiting for a fix.
public struct ReactionFit: Sendable {
  public enum Kind: String, Sendable {
    case offer
    case question

    /// The reactions that fit a reply of this kind.
    public var fitting: Set<Reaction> {
      switch self {
      case .offer: [.remedy, .extra, .nextStep]
      case .question: [.question, .aside]
      }
    }
  }

  /// A natural reply whose reaction does not fit it.
  public struct Misfit: Sendable, Equatable {
    public var kind: Kind
    public var reply: String
    /// What the customer reacted to; for a reply that ended the session, the ending instead.
    public var reaction: String
    public var customerLine: String
  }

  public let scenario: Scenario
  public let scorer: Scorer
  /// The scenario's first reply that apologises and acknowledges and offers nothing: found
  /// once, played before every natural reply.
  public let hearingReply: String?

  public init(scenario: Scenario, scorer: Scorer) {
    self.scenario = scenario
    self.scorer = scorer
    let candidates = scenario.hidden.debrief.modelReplies + scenario.paths.filter(\.isGood).flatMap(\.replies)
    hearingReply = candidates.first { reply in
      let verdict = scorer.score(reply)
      return verdict.has(.apologize) && verdict.has(.acknowledge) && !verdict.has(.answer) && !verdict.offersExtra
    }
  }

  /// Every natural reply whose reaction does not fit, offers first.
  public func misfits(seed: UInt64 = 1) -> [Misfit] {
    let natural = scenario.hidden.naturalReplies
    let replies = natural.offers.map { (Kind.offer, $0) } + natural.questions.map { (Kind.question, $0) }
    return replies.compactMap { kind, reply in
      guard let turn = reaction(to: reply, seed: seed), !fits(turn, kind) else { return nil }
      return Misfit(
        kind: kind, reply: reply, reaction: turn.outcome.map { "ends \($0.rawValue)" } ?? turn.reaction.rawValue,
        customerLine: turn.customerLine)
    }
  }

  /// A reply that ends the session fits when it is an offer that resolves it; otherwise the
  /// customer's reaction must be one that fits the kind of reply.
  private func fits(_ turn: Turn, _ kind: Kind) -> Bool {
    if let outcome = turn.outcome { return kind == .offer && outcome == .resolved }
    return kind.fitting.contains(turn.reaction)
  }

  /// The customer's turn after `reply`, played second, after the debrief's first model reply;
  /// nil when the session ended before it.
  public func reaction(to reply: String, seed: UInt64 = 1) -> Turn? {
    var conversation = Conversation(scenario: scenario, scorer: scorer, seed: seed)
    if let opening = hearingReply { conversation.respond(to: opening) }
    guard !conversation.isOver else { return nil }
    return conversation.respond(to: reply)
  }
}
