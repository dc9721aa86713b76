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
    if let expect = path.expect, outcome != expect {
      failures.append("ended \(outcome.rawValue) after \(conversation.turns.count) replies, expected \(expect.rawValue)")
    }
    if let passes = path.passes, scorecard.passed != passes {
      failures.append(
        passes
          ? "did not pass (scored \(scorecard.score) of \(scorecard.passMark) needed, ended \(outcome.rawValue)), expected to pass"
          : "passed (scored \(scorecard.score), ended \(outcome.rawValue)), expected not to")
    }
    if let minimum = path.minScore, scorecard.score < minimum {
      failures.append("scored \(scorecard.score), expected at least \(minimum)")
    }
    if let maximum = path.maxScore, scorecard.score > maximum {
      failures.append("scored \(scorecard.score), expected at most \(maximum)")
    }
    // A session may resolve before its last reply, as a person stops once the customer is
    // satisfied, and a customer who has heard enough may walk out before it; any other
    // scripted ending must use every reply.
    if unused > 0 && path.passes == nil && path.expect != .resolved && !(path.expect == .walkedOut && outcome == .walkedOut) {
      failures.append("the session ended with \(unused) of its replies unplayed")
    }
    return Result(path: path, conversation: conversation, scorecard: scorecard, failures: failures)
  }

  /// Every stored path, then the debrief's model replies, which must pass: what the debrief
  /// teaches has to work when a trainee types it.
  public func runAll(seed: UInt64 = 1) -> [Result] {
    (scenario.paths + [modelRepliesPath]).map { run($0, seed: seed) }
  }

  /// The debrief's model replies, played in order as a path that must pass.
  public var modelRepliesPath: ScenarioPath {
    ScenarioPath(name: Self.modelRepliesName, replies: scenario.hidden.debrief.modelReplies, expect: nil, passes: true)
  }

  public static let modelRepliesName = "the debrief's model replies, typed in as they are"
}
