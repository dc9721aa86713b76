/// Plays many seeded sessions of one scenario with replies drawn from a bank, and counts
/// what the customer said and how the sessions ended. No input or output.
public struct Explorer: Sendable {
  public let scenario: Scenario
  public let scorer: Scorer
  public let bank: ReplyBank

  public init(scenario: Scenario, scorer: Scorer, bank: ReplyBank) {
    self.scenario = scenario
    self.scorer = scorer
    self.bank = bank
  }

  public func explore(difficulty: Difficulty, runs: Int, seed: UInt64) -> ExplorationResult {
    var result = ExplorationResult(difficulty: difficulty, runs: runs, scenario: scenario)
    let strategies = ExplorationStrategy.allCases
    for run in 0..<runs {
      let strategy = strategies[run % strategies.count]
      let sessionSeed = Self.seed(seed, scenario: scenario.id, difficulty: difficulty, run: run)
      var random = SeededRandom(seed: sessionSeed ^ 0x5DEE_CE66_D1CE_4E5B)
      var conversation = Conversation(scenario: scenario, scorer: scorer, difficulty: difficulty, seed: sessionSeed)
      if let opening = scenario.opening.firstIndex(of: conversation.opening) { result.openingLines[opening] += 1 }
      var lines: [String] = []
      while !conversation.isOver {
        let entry = strategy.reply(turn: conversation.turns.count, from: bank, &random)
        let turn = conversation.respond(to: entry.text, scored: entry.verdict)
        lines.append(turn.customerLine)
        record(turn, into: &result)
      }
      let outcome = conversation.outcome ?? .abandoned
      let card = Scorecard(
        verdicts: conversation.turns.map(\.verdict), outcome: outcome, passMark: scenario.session.passMark)
      result.turns[outcome, default: []].append(conversation.turns.count)
      result.scores[outcome, default: []].append(card.score)
      if Self.hasLoop(lines) {
        result.loops += 1
        if result.firstLoop == nil { result.firstLoop = "run \(run + 1) (\(strategy.rawValue))" }
      }
    }
    return result
  }

  private func record(_ turn: Turn, into result: inout ExplorationResult) {
    if let outcome = turn.outcome {
      if let index = scenario.endings[outcome]?.firstIndex(of: turn.customerLine) { result.endingLines[outcome]?[index] += 1 }
    } else if let index = scenario.reactions[turn.reaction]?.firstIndex(of: turn.customerLine) {
      result.reactionLines[turn.reaction]?[index] += 1
    }
  }

  /// The same line three times in a row.
  static func hasLoop(_ lines: [String]) -> Bool {
    guard lines.count >= 3 else { return false }
    for index in 2..<lines.count {
      let line: String = lines[index]
      if line == lines[index - 1] && line == lines[index - 2] { return true }
    }
    return false
  }

  /// A session's seed from the run's seed, the scenario, the difficulty and the run number:
  /// stable across processes and platforms (no `hashValue`).
  static func seed(_ seed: UInt64, scenario: String, difficulty: Difficulty, run: Int) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in "\(scenario)/\(difficulty.rawValue)/\(run)".utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3
    }
    var mixer = SeededRandom(seed: seed ^ hash)
    return mixer.next()
  }
}
