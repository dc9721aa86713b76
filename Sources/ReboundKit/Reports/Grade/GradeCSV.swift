import Foundation

/// `rebound grade --format csv`: RFC 4180, one row per transcript, a column per move and
/// pitfall; a cell a spreadsheet would run as a formula is neutralised with a leading `'`.
public struct GradeCSV: GradeReportStream {
  public static let header = [
    "file", "trainee", "scenario", "date", "mode", "outcome", "score", "automatic_score", "passed", "acknowledge",
    "communicate", "apologize", "answer", "extra", "excuse", "blame", "rude", "turns", "flags", "reviewer", "review_comment",
  ]

  public static func render(_ batch: GradeBatch) -> String {
    var stream = GradeCSV()
    return stream.begin() + batch.transcripts.map { stream.row($0) }.joined()
      + stream.end(trainees: batch.trainees, errors: batch.errors)
  }

  /// One field: formula-neutralised, then quoted when it holds a comma, quote or line break.
  public static func field(_ raw: String) -> String {
    var text = SafeText.visible(raw, keepingLineBreaks: true)
    if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { text = "'" + text }
    let special = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
    guard special || text.hasPrefix(" ") || text.hasSuffix(" ") else {
      return text
    }
    var quoted = "\""
    for character in text {
      if character == "\"" { quoted.append("\"") }
      quoted.append(character)
    }
    return quoted + "\""
  }

  public init() {}

  public mutating func begin() -> String { Self.header.map(Self.field).joined(separator: ",") + "\r\n" }

  public func text(of row: GradedTranscript) -> String {
    let review = row.reviews.last
    let cells: [String] =
      [
        row.file, row.trainee, row.scenario, row.date, row.mode?.rawValue ?? "", row.outcome?.rawValue ?? "",
        String(row.score), String(row.automatic.score), row.passed ? "true" : "false",
      ] + Label.moves.map { row.made($0) ? "true" : "false" } + [row.offeredExtra ? "true" : "false"] + Label.pitfalls.map { String(row.count(of: $0)) }
      + [String(row.turns), row.flags.map(\.rawValue).joined(separator: " "), review?.reviewer ?? "", review?.comment ?? ""]
    return cells.map(Self.field).joined(separator: ",") + "\r\n"
  }

  /// CSV has one table: no summary rows.
  public mutating func end(trainees: [TraineeSummary], errors: [SourceDiagnostic]) -> String { "" }
}
