/// `rebound check --format json`: the whole report for tools, documented in
/// docs/scenario-format.md. Keys always present; the same seed gives the same bytes.
public enum CheckJSON {
  public static func render(_ report: ScenarioChecker.Report) -> String {
    JSONValue.object([
      ("seed", .string(String(report.seed))),
      ("runs", .int(report.runs)),
      ("strict", .bool(report.strict)),
      ("corpus_replies", .int(report.bankSize)),
      ("lint", .array(report.lint.map(diagnostic))),
      ("scenarios", .array(report.scenarios.map(scenario))),
      ("errors", .int(report.errorCount)),
      ("warnings", .int(report.warningCount)),
    ]).text + "\n"
  }

  private static func diagnostic(_ d: SourceDiagnostic) -> JSONValue {
    .object([
      ("file", .string(d.file)), ("line", .int(d.line)), ("column", .int(d.column)),
      ("severity", .string(d.severity.rawValue)), ("message", .string(d.message)),
    ])
  }

  private static func scenario(_ check: ScenarioCheck) -> JSONValue {
    .object([
      ("id", .string(check.id)),
      ("file", .string(check.file)),
      ("difficulty", .string(check.difficulty.rawValue)),
      ("paths", .array(check.paths.map(path))),
      ("exploration", .array(check.exploration.map(exploration))),
      ("difficulty_comparison", comparison(check.comparison)),
      ("problems", .array(check.problems.map { .object([("severity", .string($0.severity.rawValue)), ("message", .string($0.message))]) })),
    ])
  }

  private static func path(_ path: ScenarioCheck.PathResult) -> JSONValue {
    .object([
      ("name", .string(path.name)), ("difficulty", .string(path.difficulty.rawValue)),
      ("expect", path.expect.map { .string($0.rawValue) } ?? .null), ("passes", path.passes.map { .bool($0) } ?? .null),
      ("known_issue", .optional(path.knownIssue)),
      ("outcome", .string(path.outcome.rawValue)),
      ("score", .int(path.score)), ("replies", .int(path.replies)), ("passed", .bool(path.failures.isEmpty)),
      ("failures", .array(path.failures.map { .string($0) })),
    ])
  }

  private static func exploration(_ result: ExplorationResult) -> JSONValue {
    .object([
      ("difficulty", .string(result.difficulty.rawValue)),
      ("runs", .int(result.runs)),
      (
        "outcomes",
        .object(
          Scenario.endingOutcomes.map { outcome in
            (
              outcome.rawValue,
              .object([
                ("sessions", .int(result.turns[outcome]?.count ?? 0)),
                ("share", .fixed(result.share(of: outcome), digits: 3)),
                ("replies", spread(result.turns[outcome] ?? [])),
                ("score", spread(result.scores[outcome] ?? [])),
              ])
            )
          })
      ),
      ("reactions", .object(Reaction.allCases.map { ($0.rawValue, counts(result.reactionLines[$0] ?? [])) })),
      ("opening", counts(result.openingLines)),
      ("endings", .object(Scenario.endingOutcomes.map { ($0.rawValue, counts(result.endingLines[$0] ?? [])) })),
      ("unreachable_reactions", .array(result.unreachableReactions.map { .string($0.rawValue) })),
      ("unreachable_outcomes", .array(result.unreachableOutcomes.map { .string($0.rawValue) })),
      ("unused_variants", .array(result.unusedVariants.map { .string($0) })),
      ("loops", .int(result.loops)),
    ])
  }

  private static func comparison(_ comparison: DifficultyComparison) -> JSONValue {
    func curves(_ curves: DifficultyComparison.Curves) -> JSONValue {
      .object([
        ("replies", .array(curves.replies.map { .string($0) })),
        ("moods", .object(Difficulty.allCases.map { ($0.rawValue, counts(curves.moods[$0] ?? [])) })),
        ("swing", .object(Difficulty.allCases.map { ($0.rawValue, .int(curves.swing(at: $0))) })),
      ])
    }
    return .object([
      ("calming", curves(comparison.calming)), ("escalating", curves(comparison.escalating)),
      ("same_at_every_difficulty", .bool(comparison.behavesTheSame)),
      ("inversions", .array(comparison.inversions.map { .string($0) })),
    ])
  }

  private static func spread(_ values: [Int]) -> JSONValue {
    guard let spread = Spread(values) else { return .null }
    return .object([("median", .decimal(spread.median)), ("min", .int(spread.minimum)), ("max", .int(spread.maximum))])
  }

  private static func counts(_ values: [Int]) -> JSONValue { .array(values.map { .int($0) }) }
}
