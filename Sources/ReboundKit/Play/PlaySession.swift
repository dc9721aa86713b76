public import Foundation

/// One run of `rebound play`: reads the trainee's lines, drives the `Conversation`, prints
/// the customer and the feedback, saves the transcript as it goes, and ends with a debrief.
public final class PlaySession {
  public struct Settings: Sendable {
    public var scenario: Scenario
    /// Built with the scenario's vocabulary.
    public var scorer: Scorer
    public var trainee: String
    public var mode: PlayMode
    public var seed: UInt64
    public var difficulty: Difficulty?
    public var passMark: Int
    public var transcripts: URL
    public var style: TerminalStyle
    /// Terminal columns to wrap long lines to; nil when output is not a terminal.
    public var width: Int?
    /// How much `/hint` says in practice mode (it fades as the trainee passes the scenario).
    public var hints: HintLevel
    /// The key that signs the session when it ends (an exam station's), if any.
    public var signingKey: SigningKey?

    public init(
      scenario: Scenario, scorer: Scorer, trainee: String, mode: PlayMode, seed: UInt64, difficulty: Difficulty?,
      passMark: Int, transcripts: URL, style: TerminalStyle, width: Int? = nil, hints: HintLevel = .full,
      signingKey: SigningKey? = nil
    ) {
      self.signingKey = signingKey
      self.width = width
      self.hints = hints
      self.scenario = scenario
      self.scorer = scorer
      self.trainee = trainee
      self.mode = mode
      self.seed = seed
      self.difficulty = difficulty
      self.passMark = passMark
      self.transcripts = transcripts
      self.style = style
    }
  }

  /// How the last session of the run ended.
  public struct Result: Sendable {
    public var outcome: Outcome
    public var scorecard: Scorecard
    /// Where the session was saved; nil when it ended before the first reply.
    public var transcript: URL?
  }

  private let settings: Settings
  private let renderer: SessionRenderer
  private let clock: @Sendable () -> Date
  private let output: (String) -> Void

  public init(settings: Settings, clock: @escaping @Sendable () -> Date = Date.init, output: @escaping (String) -> Void) {
    self.settings = settings
    self.renderer = SessionRenderer(style: settings.style, width: settings.width.map { min($0, 100) })
    self.clock = clock
    self.output = output
  }

  public func run(reading input: inout some LineSource) throws(TranscriptWriter.Failure) -> Result {
    let difficulty = settings.difficulty ?? settings.scenario.difficulty
    output(renderer.introduction(settings.scenario, difficulty: difficulty, mode: settings.mode))
    while true {
      var conversation = Conversation(
        scenario: settings.scenario, scorer: settings.scorer, difficulty: difficulty, seed: settings.seed)
      let writer = try startTranscript(for: conversation)
      let restart = try play(&conversation, writer: writer, input: &input)
      let card = scorecard(of: conversation)
      if conversation.turns.isEmpty {
        // Left before the first reply: no attempt, so nothing to save or score.
        writer.discard()
        if restart {
          output("Restarting. Nothing was saved: there was no reply yet.\n")
          continue
        }
        output("You left before your first reply: nothing was scored or saved.\n")
        return Result(outcome: .abandoned, scorecard: card, transcript: nil)
      }
      try writer.finish(outcome: conversation.outcome ?? .abandoned, at: clock(), signingKey: settings.signingKey)
      if restart {
        output("Restarting. That session was saved as \(writer.url.relativePath).\n")
        continue
      }
      output(
        renderer.debrief(
          conversation, card: card, modelReplies: modelReplies(for: card, in: conversation),
          transcript: writer.url.relativePath))
      return Result(outcome: conversation.outcome ?? .abandoned, scorecard: card, transcript: writer.url)
    }
  }

  /// Plays until the session ends; returns true when the trainee asked to restart.
  private func play(
    _ conversation: inout Conversation, writer: TranscriptWriter, input: inout some LineSource
  ) throws(TranscriptWriter.Failure) -> Bool {
    let name = settings.scenario.persona.name
    output(renderer.customer(name, says: conversation.opening, mood: conversation.currentMood, change: nil))
    while !conversation.isOver {
      switch input.readLine(prompt: "you> ") {
      case .end:
        conversation.abandon()
      case .interrupted:
        continue
      case .line(let line):
        if let command = SlashCommand.parse(line) {
          switch command {
          case .success(let command):
            if try run(command, in: &conversation) { return true }
          case .failure(let unknown):
            output("\(unknown)\n")
          }
          continue
        }
        if let problem = InputLimits.replyProblem(line) {
          output(InputLimits.refusal(problem) + "\n")
          continue
        }
        let turn = conversation.respond(to: line)
        try writer.append([
          TranscriptLine(speaker: .trainee, text: line),
          TranscriptLine(speaker: .customer, text: turn.customerLine, mood: turn.moodAfter),
        ])
        if settings.mode == .practice {
          let missing = Label.moves.filter { !conversation.achievedMoves.contains($0) }
          output(renderer.feedback(for: turn, missing: missing))
        }
        output(renderer.customer(name, says: turn.customerLine, mood: turn.moodAfter, change: turn.moodAfter - turn.moodBefore))
      }
    }
    return false
  }

  /// Runs a slash command; returns true for /restart.
  private func run(_ command: SlashCommand, in conversation: inout Conversation) throws(TranscriptWriter.Failure) -> Bool {
    switch command {
    case .help:
      output(renderer.help(mode: settings.mode))
    case .brief:
      output(renderer.brief(settings.scenario))
    case .hint:
      output(settings.mode == .exam ? "No hints in exam mode.\n" : renderer.hint(settings.hints, conversation))
    case .score:
      output(
        settings.mode == .exam
          ? "In exam mode the score is shown at the end.\n" : renderer.runningScore(scorecard(of: conversation)))
    case .restart:
      conversation.abandon()
      return true
    case .quit:
      conversation.abandon()
    }
    return false
  }

  private func startTranscript(for conversation: Conversation) throws(TranscriptWriter.Failure) -> TranscriptWriter {
    var header = TranscriptHeader(
      scenario: settings.scenario.id, scenarioHash: settings.scenario.hash, rubric: settings.scorer.rubric.version,
      trainee: settings.trainee, mode: settings.mode, difficulty: conversation.difficulty, seed: settings.seed,
      passMark: settings.passMark, started: TranscriptWriter.iso(clock()))
    header.model = settings.scorer.rubric.modelVersion
    let writer = try TranscriptWriter(directory: settings.transcripts, header: header, at: clock())
    try writer.append(TranscriptLine(speaker: .customer, text: conversation.opening, mood: conversation.currentMood))
    return writer
  }

  private func scorecard(of conversation: Conversation) -> Scorecard {
    Scorecard(verdicts: conversation.turns.map(\.verdict), outcome: conversation.outcome, passMark: settings.passMark)
  }

  /// The scenario's model replies that make a move the trainee missed (all of them when the
  /// session failed with every move made).
  private func modelReplies(for card: Scorecard, in conversation: Conversation) -> [String] {
    let replies = settings.scenario.hidden.debrief.modelReplies
    let missing = card.missingMoves
    if missing.isEmpty { return card.passed ? [] : replies }
    return replies.filter { reply in
      let verdict = conversation.scorer.score(reply)
      return missing.contains { verdict.has($0) }
    }
  }
}
