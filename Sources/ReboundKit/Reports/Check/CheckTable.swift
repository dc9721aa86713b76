/// `rebound check` for a person: per scenario its paths, what exploration reached at each
/// difficulty, the difficulty comparison and the problems, then a one-line summary.
public enum CheckTable {
  public static func render(_ report: ScenarioChecker.Report) -> String {
    var out = ""
    for diagnostic in report.lint { out += diagnostic.rendered + "\n" }
    if !report.lint.isEmpty { out += "\n" }
    for check in report.scenarios { out += section(check, report: report) + "\n" }
    out += summary(report) + "\n"
    return out
  }

  public static func summary(_ report: ScenarioChecker.Report) -> String {
    let errors = report.errorCount, warnings = report.warningCount
    return "\(report.files.count) file\(report.files.count == 1 ? "" : "s"), \(report.scenarios.count) scenario\(report.scenarios.count == 1 ? "" : "s") checked: "
      + "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
  }

  static func section(_ check: ScenarioCheck, report: ScenarioChecker.Report) -> String {
    var out = "\(check.id) (\(check.file)), \(check.difficulty.rawValue)\n"
    out += "  paths\n"
    if check.paths.isEmpty { out += "    (none stored)\n" }
    for path in check.paths {
      let mark = path.failures.isEmpty ? "ok  " : "FAIL"
      let detail = path.failures.isEmpty
        ? "\(path.outcome.rawValue) after \(path.replies) repl\(path.replies == 1 ? "y" : "ies"), score \(path.score)"
        : path.failures.joined(separator: "; ")
      out += "    \(mark) \(path.name) [\(path.difficulty.rawValue)]: \(detail)\n"
    }
    out += "  exploration: \(report.runs) sessions a difficulty, seed \(report.seed), \(report.bankSize) corpus replies and the scenario's own\n"
    let columns = check.exploration
    out += row("", columns.map(\.difficulty.rawValue))
    for outcome in Scenario.endingOutcomes {
      out += row(outcome.rawValue, columns.map { percent($0.share(of: outcome)) })
      out += row("  replies", columns.map { spread($0.turns[outcome] ?? []) })
      out += row("  score", columns.map { spread($0.scores[outcome] ?? []) })
    }
    out += "  customer lines said (variants in file order)\n"
    for reaction in Reaction.allCases {
      out += row(reaction.rawValue, columns.map { counts($0.reactionLines[reaction] ?? []) })
    }
    out += row("opening", columns.map { counts($0.openingLines) })
    for outcome in Scenario.endingOutcomes {
      out += row("ending \(outcome.rawValue)", columns.map { counts($0.endingLines[outcome] ?? []) })
    }
    for result in columns where !result.unusedVariants.isEmpty {
      out += "    \(result.difficulty.rawValue): never said: \(result.unusedVariants.joined(separator: ", "))\n"
    }
    let comparison = check.comparison
    out += "  difficulty: the same replies at easy / medium / hard\n"
    for (name, curves) in [("calming", comparison.calming), ("escalating", comparison.escalating)] {
      out += "    \(name) (\(curves.replies.count) repl\(curves.replies.count == 1 ? "y" : "ies")), the mood after each\n"
      for difficulty in Difficulty.allCases {
        out += "      \(difficulty.rawValue.padded(to: 8))\((curves.moods[difficulty] ?? []).map(String.init).joined(separator: " → "))\n"
      }
    }
    if check.problems.isEmpty {
      out += "  no problems\n"
    } else {
      for problem in check.problems { out += "  \(problem.severity.rawValue): \(problem.message)\n" }
    }
    return out
  }

  private static func row(_ title: String, _ cells: [String]) -> String {
    "    " + title.padded(to: 28) + cells.map { $0.padded(to: 22) }.joined().trailingBlanksRemoved + "\n"
  }

  static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }

  static func spread(_ values: [Int]) -> String {
    guard let spread = Spread(values) else { return "-" }
    return "\(number(spread.median)) (\(spread.minimum)–\(spread.maximum))"
  }

  static func number(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(format1: value)
  }

  private static func counts(_ values: [Int]) -> String { values.map(String.init).joined(separator: " ") }
}

extension String {
  fileprivate func padded(to width: Int) -> String {
    count >= width ? self + " " : self + String(repeating: " ", count: width - count)
  }

  fileprivate var trailingBlanksRemoved: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }

  /// One decimal, without Foundation's locale-dependent formatting.
  init(format1 value: Double) {
    let tenths = Int((value * 10).rounded())
    self = "\(tenths / 10).\(abs(tenths % 10))"
  }
}
