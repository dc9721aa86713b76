/// When a scenario counts as certified for a trainee: after `examPassesNeeded` exam attempts
/// that resolved the complaint scoring at or above `passMark`. Set in `rebound.yaml` or by
/// flags.
public struct CertificationRule: Sendable, Equatable {
  public var examPassesNeeded: Int
  public var passMark: Int

  public static let defaults = CertificationRule(examPassesNeeded: 2, passMark: 80)

  public init(examPassesNeeded: Int, passMark: Int) {
    self.examPassesNeeded = examPassesNeeded
    self.passMark = passMark
  }

  /// Whether one attempt counts toward certification: an exam that ended resolved, scoring
  /// at or above the mark (the score `rebound grade` reports). A high score with a customer
  /// who walked out or ran out of patience is not a pass, as everywhere else in Rebound.
  public func counts(_ transcript: GradedTranscript) -> Bool {
    transcript.mode == .exam && transcript.outcome == .resolved && transcript.score >= passMark
  }

  public func isCertified(examPasses: Int) -> Bool { examPasses >= examPassesNeeded }
}
