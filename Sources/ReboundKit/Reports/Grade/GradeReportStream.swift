/// A grade report written a row at a time, so `rebound grade` can stream thousands of
/// transcripts without holding them: the text before the rows, each row, and the text after
/// (the per-trainee summary and the problems). `render(_:)` of each format is the same three
/// steps over a batch held in memory.
///
/// A row's text comes from `text(of:)` alone, which reads nothing but the row, so the rows
/// are formatted on every core as they are graded; `place(_:)` then puts each in the report
/// in order (JSON's commas).
public protocol GradeReportStream: Sendable {
  mutating func begin() -> String
  func text(of row: GradedTranscript) -> String
  mutating func place(_ rowText: String) -> String
  mutating func end(trainees: [TraineeSummary], errors: [SourceDiagnostic]) -> String
}

extension GradeReportStream {
  public mutating func place(_ rowText: String) -> String { rowText }

  /// A row's text in its place.
  public mutating func row(_ row: GradedTranscript) -> String { place(text(of: row)) }
}
