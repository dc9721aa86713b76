/// A grade report written a row at a time, so `rebound grade` can stream thousands of
/// transcripts without holding them: the text before the rows, each row, and the text after
/// (the per-trainee summary and the problems). `render(_:)` of each format is the same three
/// steps over a batch held in memory.
public protocol GradeReportStream {
  mutating func begin() -> String
  mutating func row(_ row: GradedTranscript) -> String
  mutating func end(trainees: [TraineeSummary], errors: [SourceDiagnostic]) -> String
}
