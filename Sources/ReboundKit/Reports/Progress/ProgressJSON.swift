/// `rebound progress --format json`: the same data as the table, for tools. The schema is in
/// the README; rates have two decimals, keys keep the order shown there.
public enum ProgressJSON {
  public static let schemaVersion = 1

  public static func render(_ progress: TraineeProgress) -> String {
    value(of: progress).text + "\n"
  }

  static func value(of progress: TraineeProgress) -> JSONValue {
    func trends(_ list: [LabelTrend]) -> JSONValue {
      .object(list.map { trend in
        (trend.label.rawValue, .object([
          ("rate", .fixed(trend.rate, digits: 2)),
          ("recent_rate", .fixed(trend.recentRate, digits: 2)),
          ("series", .array(trend.series.map { .fixed($0, digits: 2) })),
        ]))
      })
    }
    let certification = progress.certification
    return .object([
      ("schema_version", .int(schemaVersion)),
      ("trainee", .string(progress.trainee)),
      ("sessions", .int(progress.sessions)),
      ("scenarios", .array(progress.scenarios.map { scenario in
        .object([
          ("id", .string(scenario.id)),
          ("difficulty", .optional(scenario.difficulty?.rawValue)),
          ("attempts", .int(scenario.attempts)),
          ("first", .int(scenario.first)),
          ("best", .int(scenario.best)),
          ("latest", .int(scenario.latest)),
          ("passed", .bool(scenario.passed)),
          ("exam_passes", .int(scenario.examPasses)),
          ("unverified_exams", .int(scenario.unverifiedExams)),
          ("certified", .bool(scenario.certified)),
        ])
      })),
      ("moves", trends(progress.moves)),
      ("pitfalls", trends(progress.pitfalls)),
      ("weakest", .optional(progress.weakest?.rawValue)),
      ("recommended", .optional(progress.recommended)),
      ("certification", .object([
        ("exam_passes_needed", .int(certification.rule.examPassesNeeded)),
        ("pass_mark", .int(certification.rule.passMark)),
        ("self_reported", .bool(certification.rule.isSelfReported)),
        ("trusted_keys", .int(certification.rule.trustedKeys.count)),
        ("certified", .array(certification.certified.map { .string($0) })),
        ("remaining", .array(certification.remaining.map { .string($0) })),
      ])),
    ])
  }
}
