/// A trainee's progress, derived from their graded transcripts alone (the transcripts folder
/// is the single source of truth): per scenario, per move and pitfall, the weakest move, the
/// recommended next scenario and certification.
public struct TraineeProgress: Sendable, Equatable {
  /// Sessions counted in the "recent" rates.
  public static let recentWindow = 5
  /// Sessions shown in a sparkline.
  public static let seriesLength = 10

  public var trainee: String
  public var sessions: Int
  /// The scenarios the trainee has played, by id.
  public var scenarios: [ScenarioProgress]
  /// The four moves, in guide order.
  public var moves: [LabelTrend]
  /// The three pitfalls, in guide order (a lower rate is better).
  public var pitfalls: [LabelTrend]
  /// The move with the lowest recent rate (ties: lower overall rate, then guide order); nil
  /// when every one of the recent sessions made every move.
  public var weakest: Label?
  public var recommended: String?
  public var certification: Certification

  public struct Certification: Sendable, Equatable {
    public var rule: CertificationRule
    /// Certified scenarios, by id.
    public var certified: [String]
    /// The library's scenarios not certified yet, by id.
    public var remaining: [String]
  }

  /// - Parameters:
  ///   - transcripts: the trainee's graded transcripts, in any order.
  ///   - catalog: the scenarios of the library, for difficulty, recommendation and certification.
  ///   - rule: when a scenario is certified.
  public init(
    trainee: String, transcripts: [GradedTranscript], catalog: [Recommendation.Entry], rule: CertificationRule
  ) {
    let ordered = transcripts.sorted { ($0.started ?? "", $0.file) < ($1.started ?? "", $1.file) }
    let difficulty = Dictionary(catalog.map { ($0.id, $0.difficulty) }, uniquingKeysWith: { first, _ in first })
    self.trainee = trainee
    sessions = ordered.count
    scenarios = Dictionary(grouping: ordered, by: \.scenario)
      .map { ScenarioProgress(id: $0.key, difficulty: difficulty[$0.key], attempts: $0.value, rule: rule) }
      .sorted { $0.id < $1.id }
    moves = Label.moves.map { move in
      LabelTrend(
        label: move, hits: ordered.map { $0.made(move) }, window: Self.recentWindow, seriesLength: Self.seriesLength)
    }
    pitfalls = Label.pitfalls.map { pitfall in
      LabelTrend(
        label: pitfall, hits: ordered.map { $0.count(of: pitfall) > 0 }, window: Self.recentWindow,
        seriesLength: Self.seriesLength)
    }
    let order = Dictionary(uniqueKeysWithValues: Label.moves.enumerated().map { ($1, $0) })
    let lowest = moves.min { a, b in
      (a.recentRate, a.rate, order[a.label] ?? 0) < (b.recentRate, b.rate, order[b.label] ?? 0)
    }
    weakest = lowest.flatMap { $0.recentRate < 1 ? $0.label : nil }
    recommended = Recommendation.next(catalog: catalog, progress: scenarios, weakest: weakest)
    let certified = scenarios.filter(\.certified).map(\.id)
    certification = Certification(
      rule: rule, certified: certified,
      remaining: catalog.map(\.id).filter { !certified.contains($0) }.sorted())
  }

  public func trend(of label: Label) -> LabelTrend? {
    (moves + pitfalls).first { $0.label == label }
  }

  public func scenario(_ id: String) -> ScenarioProgress? { scenarios.first { $0.id == id } }
}
