/// How one reply moves the customer's mood, from 0 (calm) to 100 (walks out).
///
/// Angering steps are multiplied by the difficulty's `escalation`, calming steps by its
/// `calming`. A move calms most the first time; a further remedy still calms by half; a fix
/// calms less before the trainee has apologised or acknowledged (person first, system
/// second); any pitfall in the same reply halves what it would have calmed. `docs/mood.md`
/// walks through it.
public struct MoodModel: Sendable {
  public var difficulty: Difficulty

  public init(difficulty: Difficulty) { self.difficulty = difficulty }

  /// What the conversation had achieved before the reply.
  public struct History: Sendable, Equatable {
    public var apologized = false
    public var acknowledged = false
    public var communicated = false
    public var answered = false
    public var offeredExtra = false

    public init() {}

    public var heardThePerson: Bool { apologized || acknowledged }
  }

  public enum Step {
    public static let rude = 30.0
    public static let blame = 22.0
    public static let excuse = 12.0
    public static let heardOnlyTheBut = 10.0
    public static let silence = 8.0
    public static let stockOnly = 6.0
    public static let nothingNew = 4.0
    public static let unmetDemand = 4.0

    public static let firstApology = 16.0
    public static let firstAcknowledgement = 12.0
    public static let firstCommunication = 8.0
    public static let answerAfterListening = 14.0
    public static let answerBeforeListening = 6.0
    public static let firstExtra = 10.0
    public static let repeatedMove = 3.0
    /// The share of a remedy's calming that a further remedy brings.
    public static let repeatedRemedyShare = 0.5
  }

  /// The change of mood a reply causes (positive angers, negative calms).
  public func change(for reply: ReplyReading, after history: History, demandUnmet: Bool) -> Double {
    var anger = 0.0
    if reply.isSilent { anger += Step.silence }
    if reply.rude { anger += Step.rude }
    if reply.blames { anger += Step.blame }
    if reply.excuses { anger += Step.excuse }
    if reply.tookItBack { anger += Step.heardOnlyTheBut }
    if reply.stockOnly { anger += Step.stockOnly }
    if demandUnmet { anger += Step.unmetDemand }

    var calm = 0.0
    if reply.apologizes { calm += history.apologized ? Step.repeatedMove : Step.firstApology }
    if reply.acknowledges { calm += history.acknowledged ? Step.repeatedMove : Step.firstAcknowledgement }
    if reply.communicates { calm += history.communicated ? Step.repeatedMove : Step.firstCommunication }
    if reply.answers {
      let listened = history.heardThePerson || reply.apologizes || reply.acknowledges
      // A second remedy still calms by half: when the first was credited wrongly (a question
      // read as an offer), the real one must still be able to bring the customer round.
      let full = listened ? Step.answerAfterListening : Step.answerBeforeListening
      calm += history.answered ? max(Step.repeatedMove, full * Step.repeatedRemedyShare) : full
    }
    if reply.offersExtra && !history.offeredExtra { calm += Step.firstExtra }
    if reply.hasPitfall { calm /= 2 }
    // A question is never "nothing new": asking what happened is listening.
    if anger == 0 && calm == 0 && !reply.asks { anger = Step.nothingNew }
    return anger * difficulty.escalation - calm * difficulty.calming
  }
}
