/// Picks what the customer reacts to after a reply: what went wrong comes first, then a move
/// made for the first time, then what is still missing, then a move made again.
public struct ReactionChooser: Sendable {
  public var difficulty: Difficulty

  public init(difficulty: Difficulty) { self.difficulty = difficulty }

  /// - Parameters:
  ///   - history: what the conversation had achieved before this reply.
  ///   - repliesWithoutApology: replies so far, this one included, since the session began
  ///     without any apology.
  ///   - repliesWithoutRemedy: replies so far, this one included, that came after both an
  ///     apology and an acknowledgement, with no remedy yet.
  public func reaction(
    to reply: ReplyReading, after history: MoodModel.History, repliesWithoutApology: Int, repliesWithoutRemedy: Int
  ) -> Reaction {
    if reply.isSilent { return .silence }
    if reply.rude { return .rude }
    if reply.blames { return .blame }
    if reply.tookItBack { return .heardOnlyTheBut }
    if reply.excuses { return .excuse }
    if reply.answers && !history.heardThePerson && !reply.apologizes && !reply.acknowledges {
      return .fixBeforeListening
    }
    if reply.stockOnly { return .stockPhrase }
    if reply.offersExtra && !history.offeredExtra { return .extra }
    if reply.answers && !history.answered { return .remedy }
    if reply.apologizes && !history.apologized { return .apology }
    if reply.acknowledges && !history.acknowledged { return .acknowledgement }
    if !history.apologized && missesApology(repliesWithoutApology) { return .missingApology }
    if !history.answered && repliesWithoutRemedy >= 2 && !reply.answers { return .missingRemedy }
    if reply.asks { return reply.asksAside ? .aside : .question }
    if reply.communicates { return .nextStep }
    if reply.answers { return .remedy }
    if reply.apologizes { return .apology }
    if reply.acknowledges { return .acknowledgement }
    return .nothingNew
  }

  /// Whether the customer has waited long enough for an apology to ask for one.
  public func missesApology(_ repliesWithoutApology: Int) -> Bool {
    repliesWithoutApology >= difficulty.apologyPatience
  }
}
