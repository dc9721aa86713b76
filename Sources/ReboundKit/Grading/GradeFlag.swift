/// Something a manager should know about a graded transcript besides its score.
public enum GradeFlag: String, Sendable, Codable, CaseIterable, Comparable {
  /// The rubric has changed since the session was scored: the verdicts may differ from what
  /// the trainee saw.
  case rubricChanged = "rubric-changed"
  /// The learned model has changed since the session was scored.
  case modelChanged = "model-changed"
  /// The scenario file has changed since the session was played.
  case scenarioChanged = "scenario-changed"
  /// The turns were edited after the session saved them (the checksum does not match).
  case tampered
  /// The file has no whole-file checksum (written by hand, by an older Rebound, or by a
  /// session that never ended): nothing shows it is what the session saved.
  case unverified
  /// No scenario file has this id: the replies were scored without its vocabulary.
  case unknownScenario = "unknown-scenario"

  public var explanation: String {
    switch self {
    case .rubricChanged: "the rubric changed since the session; verdicts re-scored with the current one"
    case .modelChanged: "the learned model changed since the session; verdicts re-scored with the current one"
    case .scenarioChanged: "the scenario file changed since the session"
    case .tampered: "the file was edited after the session saved it"
    case .unverified: "no checksum shows this file is what a session saved (written by hand, by an older Rebound, or never ended)"
    case .unknownScenario: "no scenario file has this id; scored without its vocabulary"
    }
  }

  public static func < (lhs: GradeFlag, rhs: GradeFlag) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}
