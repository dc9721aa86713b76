/// The customer of one session: says the opening, reacts to each reply, keeps the mood, and
/// decides when the session ends. It does no input or output; `PlaySession` drives it.
public struct Conversation: Sendable {
  public let scenario: Scenario
  public let difficulty: Difficulty
  public let scorer: Scorer
  public let seed: UInt64
  public let opening: String
  public private(set) var turns: [Turn] = []
  public private(set) var outcome: Outcome?
  private var random: SeededRandom
  private var exactMood: Double
  private var history = MoodModel.History()
  private var repliesWithoutApology = 0
  private var repliesWithoutRemedy = 0
  private var lastLine: [Reaction: String] = [:]
  private let mood: MoodModel
  private let chooser: ReactionChooser

  /// - Parameter scorer: a scorer built with the scenario's vocabulary.
  public init(scenario: Scenario, scorer: Scorer, difficulty: Difficulty? = nil, seed: UInt64) {
    self.scenario = scenario
    self.scorer = scorer
    self.seed = seed
    let difficulty = difficulty ?? scenario.difficulty
    self.difficulty = difficulty
    mood = MoodModel(difficulty: difficulty)
    chooser = ReactionChooser(difficulty: difficulty)
    var random = SeededRandom(seed: seed)
    opening = scenario.opening.isEmpty ? "" : scenario.opening[random.index(below: scenario.opening.count)]
    self.random = random
    exactMood = Double(scenario.persona.mood)
  }

  /// The mood now, from 0 (calm) to 100 (walks out).
  public var currentMood: Int { Int(exactMood.rounded()) }

  /// The customer's mood before the first reply and after each one.
  public var moodCurve: [Int] { [scenario.persona.mood] + turns.map(\.moodAfter) }

  public var isOver: Bool { outcome != nil }

  /// The moves achieved so far (for `/hint` and the debrief).
  public var achievedMoves: Set<Label> { Set(turns.flatMap { $0.verdict.labels }).intersection(Label.moves) }

  /// Whether something extra has been offered (hard customers want it).
  public var extraOffered: Bool { history.offeredExtra }

  /// Scores a reply, moves the mood, and returns the customer's answer.
  @discardableResult
  public mutating func respond(to reply: String) -> Turn {
    respond(to: reply, scored: scorer.score(reply))
  }

  /// Reacts to a reply already scored with this conversation's scorer (exploration scores
  /// its bank of replies once, not once per session).
  @discardableResult
  public mutating func respond(to reply: String, scored verdict: Verdict) -> Turn {
    precondition(outcome == nil, "the session is over")
    let reading = ReplyReading(verdict)
    if !history.apologized && !reading.apologizes { repliesWithoutApology += 1 }
    if history.apologized && history.acknowledged && !history.answered && !reading.answers { repliesWithoutRemedy += 1 }
    let chosen = chooser.reaction(
      to: reading, after: history, repliesWithoutApology: repliesWithoutApology,
      repliesWithoutRemedy: repliesWithoutRemedy)
    // An optional reaction the scenario leaves out is voiced by the one that stands in for it.
    let reaction = scenario.reactions[chosen]?.isEmpty == false ? chosen : (Reaction.optional[chosen] ?? chosen)
    let demandUnmet = reaction == .missingApology || reaction == .missingRemedy
    let before = currentMood
    exactMood = min(100, max(0, exactMood + mood.change(for: reading, after: history, demandUnmet: demandUnmet)))
    remember(reading)

    let ending = endingNow()
    outcome = ending
    let line = ending.map { pickLine(from: scenario.endings[$0] ?? [], key: nil) }
      ?? pickLine(from: scenario.reactions[reaction] ?? [], key: reaction)
    let turn = Turn(
      number: turns.count + 1, reply: reply, verdict: verdict, reaction: reaction, customerLine: line,
      moodBefore: before, moodAfter: currentMood, outcome: ending)
    turns.append(turn)
    return turn
  }

  /// Ends the session early (the trainee quit or the input ended).
  public mutating func abandon() {
    if outcome == nil { outcome = .abandoned }
  }

  private mutating func remember(_ reading: ReplyReading) {
    history.apologized = history.apologized || reading.apologizes
    history.acknowledged = history.acknowledged || reading.acknowledges
    history.communicated = history.communicated || reading.communicates
    history.answered = history.answered || reading.answers
    history.offeredExtra = history.offeredExtra || reading.offersExtra
  }

  private func endingNow() -> Outcome? {
    if exactMood >= 100 { return .walkedOut }
    let allMoves = history.apologized && history.acknowledged && history.communicated && history.answered
    let demandsMet = !difficulty.demandsExtra || history.offeredExtra
    if allMoves && demandsMet && exactMood < Double(scenario.session.resolveBelow) { return .resolved }
    if turns.count + 1 >= scenario.session.turnLimit { return .turnLimit }
    return nil
  }

  /// A variant chosen by the seeded random source, never the same as this reaction's last line.
  private mutating func pickLine(from variants: [String], key: Reaction?) -> String {
    guard !variants.isEmpty else { return "…" }
    var candidates = variants
    if let key, let last = lastLine[key], candidates.contains(where: { $0 != last }) {
      candidates.removeAll { $0 == last }
    }
    let line = candidates[random.index(below: candidates.count)]
    if let key { lastLine[key] = line }
    return line
  }
}
