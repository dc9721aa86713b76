/// A saved session (or a real chat log written in the same format): a small header, then the
/// turns, one speaker line each. Documented in `docs/transcript-format.md`.
public struct Transcript: Sendable, Equatable {
  public static let formatVersion = 1

  public var header: TranscriptHeader
  public var lines: [TranscriptLine]
  /// Managers' reviews, appended after the turns, oldest first.
  public var reviews: [TranscriptReview]

  public init(header: TranscriptHeader, lines: [TranscriptLine], reviews: [TranscriptReview] = []) {
    self.header = header
    self.lines = lines
    self.reviews = reviews
  }

  /// The file's text, as `rebound play` writes it.
  public var text: String { TranscriptFormat.text(of: self) }

  /// The trainee's replies, in order.
  public var replies: [String] { lines.filter { $0.speaker == .trainee }.map(\.text) }

  /// The checksum of the turns as they are now (see `TranscriptChecksum`).
  public var turnsChecksum: String { TranscriptChecksum.of(lines) }

  /// Whether the turns were changed after the session saved them: the header's checksum no
  /// longer matches. Nil when there is no checksum to compare (an unfinished session, a
  /// hand-written chat log).
  public var isTampered: Bool? {
    guard let recorded = header.turnsChecksum else { return nil }
    return recorded != turnsChecksum
  }

  /// What the reviews set, the latest review winning for each label.
  public var reviewedLabels: [Label: Bool] {
    var result: [Label: Bool] = [:]
    for review in reviews {
      for (item, value) in review.settings {
        if let label = item.label { result[label] = value }
      }
    }
    return result
  }

  /// Whether a review set the extra by hand (the latest review wins); nil when none did.
  public var reviewedExtra: Bool? {
    reviews.flatMap(\.changes).last { $0.item == .extra }?.value
  }
}

/// A manager's review: who, when, which moves and pitfalls they set by hand, and why.
public struct TranscriptReview: Sendable, Equatable {
  public var reviewer: String
  /// ISO 8601, UTC.
  public var time: String
  /// The labels set by hand, in the order given, with what the scorer had found.
  public var changes: [Change]
  public var comment: String
  public var line: Int
  /// `ed25519:PUBLIC SIGNATURE` when the reviewer signed it (`rebound review --signing-key`).
  public var signature: String? = nil

  public struct Change: Sendable, Equatable {
    public var item: ReviewItem
    public var value: Bool
    /// What the automatic verdict was when the review was made.
    public var was: Bool?

    public init(item: ReviewItem, value: Bool, was: Bool?) {
      self.item = item
      self.value = value
      self.was = was
    }

    public init(label: Label, value: Bool, was: Bool?) {
      self.init(item: .label(label), value: value, was: was)
    }
  }

  public init(reviewer: String, time: String, changes: [Change], comment: String, line: Int = 0) {
    self.reviewer = reviewer
    self.time = time
    self.changes = changes
    self.comment = comment
    self.line = line
  }

  public var settings: [(ReviewItem, Bool)] { changes.map { ($0.item, $0.value) } }
}

public struct TranscriptHeader: Sendable, Equatable {
  public var format: Int = Transcript.formatVersion
  public var scenario: String
  public var scenarioHash: String?
  public var rubric: String?
  /// The learned model's version when the session was scored, "none" for the rubric alone;
  /// absent in transcripts written before the learned layer.
  public var model: String?
  public var trainee: String
  public var mode: PlayMode?
  public var difficulty: Difficulty?
  public var seed: UInt64?
  public var passMark: Int?
  /// ISO 8601, UTC.
  public var started: String?
  public var ended: String?
  public var outcome: Outcome?
  /// The checksum of the turns when the session ended, to notice later edits.
  public var turnsChecksum: String?

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
