/// A scripted session stored in a scenario: the replies, and how it must end.
public struct ScenarioPath: Sendable, Equatable {
  public var name: String
  public var replies: [String]
  /// How the session must end, when the path says.
  public var expect: Outcome?
  /// Whether the session must pass (true) or must not (false), when the path says.
  public var passes: Bool?
  /// Why the path is known not to end as it should yet: its failures are reported as
  /// warnings, not errors, until the scorer gets it right.
  public var knownIssue: String?
  /// The score must be at least this…
  public var minScore: Int?
  /// …and at most this.
  public var maxScore: Int?
  /// Played at this difficulty instead of the scenario's own.
  public var difficulty: Difficulty?
  /// The line of the path in the scenario file, for failures.
  public var line: Int

  public init(
    name: String, replies: [String], expect: Outcome?, passes: Bool? = nil, knownIssue: String? = nil, minScore: Int? = nil, maxScore: Int? = nil,
    difficulty: Difficulty? = nil, line: Int = 0
  ) {
    self.name = name
    self.replies = replies
    self.expect = expect
    self.passes = passes
    self.knownIssue = knownIssue
    self.minScore = minScore
    self.maxScore = maxScore
    self.difficulty = difficulty
    self.line = line
  }
}

extension ScenarioPath {
  /// A recovery the scenario teaches: it must resolve, or must pass.
  public var isGood: Bool { expect == .resolved || passes == true }
}
