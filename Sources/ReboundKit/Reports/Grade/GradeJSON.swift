/// `rebound grade --format json`, documented in the README. Every documented key is always
/// present, `null` when there is no value.
public struct GradeJSON: GradeReportStream {
  public let rubric: Rubric
  private var rows = 0

  public init(rubric: Rubric) { self.rubric = rubric }

  public static func render(_ batch: GradeBatch, rubric: Rubric) -> String {
    var stream = GradeJSON(rubric: rubric)
    return stream.begin() + batch.transcripts.map { stream.row($0) }.joined()
      + stream.end(trainees: batch.trainees, errors: batch.errors)
  }

  // The document is written the way `JSONValue` pretty-prints it, a row at a time:
  // {"rubric": …, "transcripts": [rows], "trainees": […], "errors": […]}.

  public mutating func begin() -> String {
    var out = "{\n  \"rubric\": "
    JSONValue.string(rubric.version).write(to: &out, indent: 2)
    return out + ",\n  \"transcripts\": ["
  }

  public func text(of row: GradedTranscript) -> String {
    var out = ""
    Self.row(row).write(to: &out, indent: 4)
    return out
  }

  public mutating func place(_ rowText: String) -> String {
    defer { rows += 1 }
    return (rows == 0 ? "\n    " : ",\n    ") + rowText
  }

  public mutating func end(trainees: [TraineeSummary], errors: [SourceDiagnostic]) -> String {
    var out = rows == 0 ? "]" : "\n  ]"
    out += ",\n  \"trainees\": "
    JSONValue.array(trainees.map(Self.trainee)).write(to: &out, indent: 2)
    out += ",\n  \"errors\": "
    JSONValue.array(
      errors.map { .object([("file", .string($0.file)), ("line", .int($0.line)), ("message", .string($0.message))]) }
    ).write(to: &out, indent: 2)
    return out + "\n}\n"
  }

  private static func row(_ row: GradedTranscript) -> JSONValue {
    .object([
      ("file", .string(row.file)),
      ("trainee", .string(row.trainee)),
      ("scenario", .string(row.scenario)),
      ("date", row.date.isEmpty ? .null : .string(row.date)),
      ("mode", .optional(row.mode?.rawValue)),
      ("outcome", .optional(row.outcome?.rawValue)),
      ("score", .int(row.score)),
      ("automatic_score", .int(row.automatic.score)),
      ("pass_mark", .int(row.reviewed.passMark)),
      ("passed", .bool(row.passed)),
      ("moves", .object(Label.moves.map { ($0.rawValue, .bool(row.made($0))) })),
      ("automatic_moves", .object(Label.moves.map { ($0.rawValue, .bool(row.automatic.made($0))) })),
      ("extra", .bool(row.offeredExtra)), ("automatic_extra", .bool(row.automatic.offeredExtra)),
      ("pitfalls", .object(Label.pitfalls.map { ($0.rawValue, .int(row.count(of: $0))) })),
      ("turns", .int(row.turns)),
      ("flags", .array(row.flags.map { .string($0.rawValue) })),
      ("signer", .optional(row.signer)),
      ("review", review(row.reviews)),
    ])
  }

  /// The latest review, with every label set by any review (the latest winning).
  private static func review(_ reviews: [TranscriptReview]) -> JSONValue {
    guard let last = reviews.last else { return .null }
    var changes: [(String, JSONValue)] = []
    for change in reviews.flatMap(\.changes) {
      changes.removeAll { $0.0 == change.item.name }
      changes.append((change.item.name, .bool(change.value)))
    }
    return .object([
      ("reviewer", .string(last.reviewer)), ("time", .string(last.time)), ("comment", .string(last.comment)),
      ("changes", .object(changes)),
    ])
  }

  private static func trainee(_ summary: TraineeSummary) -> JSONValue {
    .object([
      ("trainee", .string(summary.trainee)),
      ("attempts", .int(summary.attempts)),
      ("best", .int(summary.best)),
      ("latest", .int(summary.latest)),
      ("average", .decimal(summary.average)),
      ("passes", .int(summary.passes)),
      ("weakest_move", .optional(summary.weakestMove?.rawValue)),
    ])
  }
}
