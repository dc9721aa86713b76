/// The cells every grade report shows for a transcript, as plain text.
enum GradeColumns {
  static func outcome(_ row: GradedTranscript) -> String { row.outcome?.rawValue ?? "-" }

  static func mode(_ row: GradedTranscript) -> String { row.mode?.rawValue ?? "-" }

  static func pass(_ row: GradedTranscript) -> String {
    row.isTampered ? "tampered" : row.isUnverified ? "unverified" : row.passed ? "pass" : "fail"
  }

  static func mark(_ made: Bool) -> String { made ? "✓" : "✗" }

  /// Flags and review, for the notes column: "reviewed by maria; rubric-changed".
  static func notes(_ row: GradedTranscript) -> String {
    var notes: [String] = []
    if let review = row.reviews.last {
      let automatic = row.automatic.score == row.reviewed.score ? "" : " (auto \(row.automatic.score))"
      notes.append("reviewed by \(review.reviewer)\(automatic)")
    }
    notes += row.flags.map(\.rawValue)
    return notes.joined(separator: "; ")
  }

  static func average(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
