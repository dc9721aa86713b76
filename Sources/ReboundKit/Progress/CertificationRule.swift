/// When a scenario counts as certified for a trainee: after `examPassesNeeded` exam attempts
/// that resolved the complaint scoring at or above `passMark`. Set in `rebound.yaml` or by
/// flags.
public struct CertificationRule: Sendable, Equatable {
  public var examPassesNeeded: Int
  public var passMark: Int
  /// The public keys ("ed25519:…") of the exam stations and proctors whose signed exams
  /// count. Empty: every exam counts, and the results are self-reported.
  public var trustedKeys: [String] = []

  public static let defaults = CertificationRule(examPassesNeeded: 2, passMark: 80)

  public init(examPassesNeeded: Int, passMark: Int) {
    self.examPassesNeeded = examPassesNeeded
    self.passMark = passMark
  }

  /// Whether one attempt counts toward certification: an exam that ended resolved, scoring
  /// at or above the mark (the score `rebound grade` reports). A high score with a customer
  /// who walked out or ran out of patience is not a pass, as everywhere else in Rebound.
  /// A tampered or unverified transcript never counts; once trusted keys are listed, only an
  /// exam signed by one of them does.
  public func counts(_ transcript: GradedTranscript) -> Bool {
    guard transcript.mode == .exam && transcript.outcome == .resolved && transcript.score >= passMark else { return false }
    guard !transcript.isTampered && !transcript.isUnverified else { return false }
    return trustedKeys.isEmpty || transcript.signer.map(trustedKeys.contains) == true
  }

  /// Whether a transcript is an exam that would count but carries no trusted signature.
  public func isUnsignedExam(_ transcript: GradedTranscript) -> Bool {
    !trustedKeys.isEmpty && transcript.mode == .exam && transcript.signer.map(trustedKeys.contains) != true
  }

  /// Whether the results rest on the trainees' own files alone.
  public var isSelfReported: Bool { trustedKeys.isEmpty }

  public func isCertified(examPasses: Int) -> Bool { examPasses >= examPassesNeeded }
}
