/// A saved session (or a real chat log written in the same format): a small header, then the
/// turns, one speaker line each. Documented in `docs/transcript-format.md`.
public struct Transcript: Sendable, Equatable {
  public static let formatVersion = 1

  public var header: TranscriptHeader
  public var lines: [TranscriptLine]

  public init(header: TranscriptHeader, lines: [TranscriptLine]) {
    self.header = header
    self.lines = lines
  }

  /// The trainee's replies, in order.
  public var replies: [String] { lines.filter { $0.speaker == .trainee }.map(\.text) }
}

public struct TranscriptHeader: Sendable, Equatable {
  public var format: Int = Transcript.formatVersion
  public var scenario: String
  public var scenarioHash: String?
  public var rubric: String?
  public var trainee: String
  public var mode: PlayMode?
  public var difficulty: Difficulty?
  public var seed: UInt64?
  public var passMark: Int?
  /// ISO 8601, UTC.
  public var started: String?
  public var ended: String?
  public var outcome: Outcome?
  /// A manager's review, added by `rebound review`: a score that overrides and a comment.
  public var reviewScore: Int?
  public var reviewComment: String?

  public init(
    scenario: String, scenarioHash: String? = nil, rubric: String? = nil, trainee: String, mode: PlayMode? = nil,
    difficulty: Difficulty? = nil, seed: UInt64? = nil, passMark: Int? = nil, started: String? = nil,
    ended: String? = nil, outcome: Outcome? = nil
  ) {
    self.scenario = scenario
    self.scenarioHash = scenarioHash
    self.rubric = rubric
    self.trainee = trainee
    self.mode = mode
    self.difficulty = difficulty
    self.seed = seed
    self.passMark = passMark
    self.started = started
    self.ended = ended
    self.outcome = outcome
  }
}

public struct TranscriptLine: Sendable, Equatable {
  public enum Speaker: String, Sendable, CaseIterable { case customer, trainee }

  public var speaker: Speaker
  public var text: String
  /// The customer's mood when they said it, when recorded.
  public var mood: Int?
  /// The line number in the file.
  public var line: Int

  public init(speaker: Speaker, text: String, mood: Int? = nil, line: Int = 0) {
    self.speaker = speaker
    self.text = text
    self.mood = mood
    self.line = line
  }
}

/// Practice shows feedback after every reply and offers hints; exam shows nothing until the end.
public enum PlayMode: String, CaseIterable, Sendable, Codable { case practice, exam }
