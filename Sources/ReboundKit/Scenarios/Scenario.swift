/// One scripted complaint: what the trainee sees, who the customer is and how they react,
/// and the hidden material (facts, vocabulary, debrief) the trainee never sees during play.
public struct Scenario: Sendable {
  public var id: String
  public var title: String
  public var difficulty: Difficulty
  /// What the trainee reads first: who they are, who walks up, what they know.
  public var brief: String
  public var persona: Persona
  public var session: SessionRules
  /// The customer's first line, one variant picked per session.
  public var opening: [String]
  /// Lines per reaction, at least three variants each.
  public var reactions: [Reaction: [String]]
  /// The customer's last line, per way the session ends.
  public var endings: [Outcome: [String]]
  public var hidden: HiddenMaterial
  /// Scripted sessions that must end as they say (played by `swift test`).
  public var paths: [ScenarioPath]
  /// Where it was read from.
  public var file: String
  /// The first 16 hex digits of the SHA-256 of the file, stamped into transcripts.
  public var hash: String

  public init(
    id: String, title: String, difficulty: Difficulty, brief: String, persona: Persona, session: SessionRules,
    opening: [String], reactions: [Reaction: [String]], endings: [Outcome: [String]], hidden: HiddenMaterial,
    paths: [ScenarioPath], file: String, hash: String
  ) {
    self.id = id
    self.title = title
    self.difficulty = difficulty
    self.brief = brief
    self.persona = persona
    self.session = session
    self.opening = opening
    self.reactions = reactions
    self.endings = endings
    self.hidden = hidden
    self.paths = paths
    self.file = file
    self.hash = hash
  }

  /// The ways a session of this scenario can end by itself.
  public static let endingOutcomes: [Outcome] = [.resolved, .walkedOut, .turnLimit]
}

/// The customer.
public struct Persona: Sendable, Equatable {
  public var name: String
  /// A line on how they behave, for the trainer and the brief.
  public var temperament: String
  /// Where the mood starts, from 0 (calm) to 100 (walks out).
  public var mood: Int

  public init(name: String, temperament: String, mood: Int) {
    self.name = name
    self.temperament = temperament
    self.mood = mood
  }
}

/// When a session ends and what passes.
public struct SessionRules: Sendable, Equatable {
  /// Resolved needs the mood below this (and all four moves).
  public var resolveBelow: Int
  /// The most trainee replies before the session ends unresolved.
  public var turnLimit: Int
  /// The score out of 100 a session needs to pass.
  public var passMark: Int

  public static let defaults = SessionRules(resolveBelow: 35, turnLimit: 10, passMark: 80)

  public init(resolveBelow: Int, turnLimit: Int, passMark: Int) {
    self.resolveBelow = resolveBelow
    self.turnLimit = turnLimit
    self.passMark = passMark
  }
}

/// What the trainee never sees while playing.
public struct HiddenMaterial: Sendable, Equatable {
  /// The facts of the case, for the trainer and the debrief.
  public var facts: [String]
  public var vocabulary: ScenarioVocabulary
  public var debrief: Debrief
  /// Natural offers and questions a trainee might type: `rebound check` reports any that
  /// gets a customer line that does not fit it.
  public var naturalReplies: NaturalReplies

  public init(facts: [String], vocabulary: ScenarioVocabulary, debrief: Debrief, naturalReplies: NaturalReplies = NaturalReplies()) {
    self.facts = facts
    self.vocabulary = vocabulary
    self.debrief = debrief
    self.naturalReplies = naturalReplies
  }
}

/// A scenario's bank of natural replies, each of one kind, for checking that the customer's
/// reaction fits what was said.
public struct NaturalReplies: Sendable, Equatable {
  /// Replies that make one concrete offer.
  public var offers: [String]
  /// Questions that neither blame nor offer.
  public var questions: [String]

  public init(offers: [String] = [], questions: [String] = []) {
    self.offers = offers
    self.questions = questions
  }
}

/// Shown at the end of a session.
public struct Debrief: Sendable, Equatable {
  /// The lesson of the scenario, in a few sentences.
  public var lesson: String
  /// Two or three replies that would have worked.
  public var modelReplies: [String]
  /// The offers the lesson calls something extra, as a trainee would say them: `rebound
  /// check` requires each to be scored as extra, so the lesson and the scoring agree.
  public var extras: [String]

  public init(lesson: String, modelReplies: [String], extras: [String] = []) {
    self.lesson = lesson
    self.modelReplies = modelReplies
    self.extras = extras
  }
}

