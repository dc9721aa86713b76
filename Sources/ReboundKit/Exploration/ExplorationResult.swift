/// What `runs` explored sessions of one scenario at one difficulty did: how often each
/// customer line was said, how the sessions ended, and how long and how well.
public struct ExplorationResult: Sendable, Equatable {
  public var difficulty: Difficulty
  public var runs: Int
  /// Per reaction, how often each of its variants was said (in file order).
  public var reactionLines: [Reaction: [Int]]
  public var openingLines: [Int]
  /// Per ending, how often each of its variants was said.
  public var endingLines: [Outcome: [Int]]
  /// Per outcome, the number of replies and the final score of each session that ended so.
  public var turns: [Outcome: [Int]]
  public var scores: [Outcome: [Int]]
  /// Sessions where the customer said the same line three times in a row.
  public var loops: Int
  /// The first session with a loop, for the report: its strategy and run number.
  public var firstLoop: String?

  init(difficulty: Difficulty, runs: Int, scenario: Scenario) {
    self.difficulty = difficulty
    self.runs = runs
    reactionLines = Dictionary(uniqueKeysWithValues: Reaction.allCases.map { ($0, Array(repeating: 0, count: scenario.reactions[$0]?.count ?? 0)) })
    openingLines = Array(repeating: 0, count: scenario.opening.count)
    endingLines = Dictionary(uniqueKeysWithValues: Scenario.endingOutcomes.map { ($0, Array(repeating: 0, count: scenario.endings[$0]?.count ?? 0)) })
    turns = [:]
    scores = [:]
    loops = 0
  }

  /// How often a reaction's lines were said.
  public func count(of reaction: Reaction) -> Int { reactionLines[reaction]?.reduce(0, +) ?? 0 }

  /// Reactions the customer never voiced.
  /// The reactions never said; an optional one the scenario leaves out is not counted.
  public var unreachableReactions: [Reaction] {
    Reaction.allCases.filter { count(of: $0) == 0 && (Reaction.optional[$0] == nil || reactionLines[$0]?.isEmpty == false) }
  }

  /// Outcomes (resolved, walked out, turn limit) no session reached.
  public var unreachableOutcomes: [Outcome] { Scenario.endingOutcomes.filter { (turns[$0]?.count ?? 0) == 0 } }

  /// Variants never said of openings, voiced reactions and reached endings, as
  /// "reaction #n" (1-based).
  public var unusedVariants: [String] {
    var unused: [String] = []
    func collect(_ name: String, _ counts: [Int]) {
      for (index, said) in counts.enumerated() where said == 0 { unused.append("\(name) #\(index + 1)") }
    }
    collect("opening", openingLines)
    for reaction in Reaction.allCases where count(of: reaction) > 0 {
      collect(reaction.rawValue, reactionLines[reaction] ?? [])
    }
    for outcome in Scenario.endingOutcomes where (turns[outcome]?.count ?? 0) > 0 {
      collect("ending \(outcome.rawValue)", endingLines[outcome] ?? [])
    }
    return unused
  }

  /// The share of sessions that ended with `outcome`, 0…1.
  public func share(of outcome: Outcome) -> Double {
    runs == 0 ? 0 : Double(turns[outcome]?.count ?? 0) / Double(runs)
  }
}

/// The median and range of a list of whole numbers.
public struct Spread: Sendable, Equatable {
  public var median: Double
  public var minimum: Int
  public var maximum: Int

  public init?(_ values: [Int]) {
    guard !values.isEmpty else { return nil }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    median = sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    minimum = sorted[0]
    maximum = sorted[sorted.count - 1]
  }
}
