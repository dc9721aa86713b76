/// A scripted session stored in a scenario: the replies, and how it must end.
public struct ScenarioPath: Sendable, Equatable {
  public var name: String
  public var replies: [String]
  public var expect: Outcome
  /// The score must be at least this…
  public var minScore: Int?
  /// …and at most this.
  public var maxScore: Int?
  /// Played at this difficulty instead of the scenario's own.
  public var difficulty: Difficulty?
  /// The line of the path in the scenario file, for failures.
  public var line: Int

  public init(
    name: String, replies: [String], expect: Outcome, minScore: Int? = nil, maxScore: Int? = nil,
    difficulty: Difficulty? = nil, line: Int = 0
  ) {
    self.name = name
    self.replies = replies
    self.expect = expect
    self.minScore = minScore
    self.maxScore = maxScore
    self.difficulty = difficulty
    self.line = line
  }
}
