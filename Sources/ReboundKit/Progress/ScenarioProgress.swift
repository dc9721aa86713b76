/// A trainee's record on one scenario: attempts, first / best / latest score, whether any
/// attempt passed, the exam attempts that count toward certification, and what the latest
/// attempt missed.
public struct ScenarioProgress: Sendable, Equatable {
  public var id: String
  /// The scenario's own difficulty; nil when the scenario is not in the library.
  public var difficulty: Difficulty?
  public var attempts: Int
  public var first: Int
  public var best: Int
  public var latest: Int
  /// Any attempt passed (the pass `rebound grade` reports: the mark reached and resolved).
  public var passed: Bool
  /// Passed attempts, for fading hints.
  public var passes: Int
  /// Exam attempts at or above the certification pass mark.
  public var examPasses: Int
  /// Exams that carry no signature by a trusted key (always 0 when none are listed): they
  /// are shown as unverified and never count toward certification.
  public var unverifiedExams: Int
  public var certified: Bool
  /// The moves the latest attempt did not make, in guide order.
  public var latestMissed: [Label]

  /// - Parameter attempts: this scenario's graded transcripts, oldest first (at least one).
  init(id: String, difficulty: Difficulty?, attempts ordered: [GradedTranscript], rule: CertificationRule) {
    self.id = id
    self.difficulty = difficulty
    attempts = ordered.count
    first = ordered.first?.score ?? 0
    best = ordered.map(\.score).max() ?? 0
    latest = ordered.last?.score ?? 0
    passes = ordered.count { $0.passed }
    passed = passes > 0
    examPasses = ordered.count { rule.counts($0) }
    unverifiedExams = ordered.count { rule.isUnsignedExam($0) }
    certified = rule.isCertified(examPasses: examPasses)
    latestMissed = ordered.last.map { last in Label.moves.filter { !last.made($0) } } ?? []
  }
}
