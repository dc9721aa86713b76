/// Plays a scenario's stored paths and says whether each ended as it promised.
public struct PathRunner: Sendable {
  public let scenario: Scenario
  public let scorer: Scorer

  public init(scenario: Scenario, scorer: Scorer) {
    self.scenario = scenario
    self.scorer = scorer
  }

  public struct Result: Sendable {
    public var path: ScenarioPath
    public var conversation: Conversation
    public var scorecard: Scorecard
    /// Why the path failed; empty when it ended as expected.
    public var failures: [String]

    public var passed: Bool { failures.isEmpty }
    public var outcome: Outcome { conversation.outcome ?? .abandoned }
  }

  public func run(_ path: ScenarioPath, seed: UInt64 = 1) -> Result {
    var conversation = Conversation(scenario: scenario, scorer: scorer, difficulty: path.difficulty, seed: seed)
    var unused = 0
    for reply in path.replies {
      if conversation.isOver {
        unused += 1
        continue
      }
      conversation.respond(to: reply)
    }
    conversation.abandon()
    let scorecard = Scorecard(
      verdicts: conversation.turns.map(\.verdict), outcome: conversation.outcome, passMark: scenario.session.passMark)
    var failures: [String] = []
    let outcome = conversation.outcome ?? .abandoned
    if outcome != path.expect {
      failures.append("ended \(outcome.rawValue) after \(conversation.turns.count) replies, expected \(path.expect.rawValue)")
    }
    if let minimum = path.minScore, scorecard.score < minimum {
      failures.append("scored \(scorecard.score), expected at least \(minimum)")
    }
    if let maximum = path.maxScore, scorecard.score > maximum {
      failures.append("scored \(scorecard.score), expected at most \(maximum)")
    }
    if unused > 0 {
      failures.append("the session ended with \(unused) of its replies unplayed")
    }
    return Result(path: path, conversation: conversation, scorecard: scorecard, failures: failures)
  }

  public func runAll(seed: UInt64 = 1) -> [Result] { scenario.paths.map { run($0, seed: seed) } }
}
