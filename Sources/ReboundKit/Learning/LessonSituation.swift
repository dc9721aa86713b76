/// The customer the lesson's exercises reply to: the easiest scenario's customer and opening
/// line when there is one (so the practice session that follows continues the story), or a
/// built-in complaint.
public struct LessonSituation: Sendable, Equatable {
  public var customer: String
  public var complaint: String

  public init(customer: String, complaint: String) {
    self.customer = customer
    self.complaint = complaint
  }

  /// Used when no scenario could be loaded.
  public static let builtIn = LessonSituation(
    customer: "Dana",
    complaint: "I ordered a birthday cake for my son's party and it arrived squashed, two hours late. The party is in an hour.")

  /// The scenario's customer and first opening line.
  public init(scenario: Scenario) {
    customer = scenario.persona.name
    complaint = scenario.opening.first ?? Self.builtIn.complaint
  }
}

extension ScenarioLibrary {
  /// The easiest scenario, for a first practice session: the lowest difficulty, then the
  /// calmest starting mood, then the id.
  public var easiest: Scenario? {
    scenarios.min { a, b in
      (a.difficulty, a.persona.mood, a.id) < (b.difficulty, b.persona.mood, b.id)
    }
  }
}
