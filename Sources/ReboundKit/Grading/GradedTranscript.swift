import Foundation

/// One transcript, re-scored with the current rubric: the automatic verdicts, the reviewed
/// ones (the manager's overrides applied) and what a manager should know about it.
public struct GradedTranscript: Sendable {
  public var file: String
  public var trainee: String
  public var scenario: String
  public var mode: PlayMode?
  /// When the session started (ISO 8601), if the header says.
  public var started: String?
  public var outcome: Outcome?
  /// The trainee's replies.
  public var turns: Int
  /// The result from the verdicts alone.
  public var automatic: ScoreSummary
  /// The result with the reviews applied; the same as `automatic` when there is no review.
  public var reviewed: ScoreSummary
  public var reviews: [TranscriptReview]
  public var flags: [GradeFlag]
  /// The turns and each reply's verdict, kept only when a report shows them (html, show).
  public var details: Details?
  /// The public key ("ed25519:…") whose valid signature the session carries, if any.
  public var signer: String? = nil

  public struct Details: Sendable {
    public var lines: [TranscriptLine]
    /// One per trainee line, in order.
    public var verdicts: [Verdict]
    /// The full scorecards, with evidence and the breakdown of the score.
    public var automatic: Scorecard
    public var reviewed: Scorecard
  }

  /// The score that counts: the reviewed one.
  public var score: Int { reviewed.score }
  /// A tampered transcript never passes, whatever its score: it counts toward no passes,
  /// progress or certification.
  public var passed: Bool { reviewed.passed && !isTampered && !isUnverified }

  /// Whether the file was edited after the session saved it.
  public var isTampered: Bool { flags.contains(.tampered) }

  /// Whether nothing shows the file is what a session saved.
  public var isUnverified: Bool { flags.contains(.unverified) }

  /// The day of the session, `YYYY-MM-DD`, or "" when unknown or not a date.
  public var date: String {
    let day = String((started ?? "").prefix(10))
    return GradeFilter.isDate(day) ? day : ""
  }

  public func made(_ move: Label) -> Bool { reviewed.made(move) }

  /// Whether something extra was offered, with the reviews applied.
  public var offeredExtra: Bool { reviewed.offeredExtra }

  public func count(of pitfall: Label) -> Int { reviewed.count(of: pitfall) }

  /// The pitfalls as "blame×2, excuse", for one cell.
  public var pitfallSummary: String {
    Label.pitfalls.compactMap { label in
      let n = count(of: label)
      return n == 0 ? nil : (n == 1 ? label.rawValue : "\(label.rawValue)×\(n)")
    }.joined(separator: ", ")
  }

  /// The latest review in one line: "maria: the apology in reply 2 is sincere".
  public var reviewSummary: String? {
    guard let last = reviews.last else { return nil }
    return last.comment.isEmpty ? last.reviewer : "\(last.reviewer): \(last.comment.replacingOccurrences(of: "\n", with: " "))"
  }
}
