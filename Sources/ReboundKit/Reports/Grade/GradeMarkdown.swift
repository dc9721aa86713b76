import Foundation

/// `rebound grade --format markdown`: the rows and the per-trainee summary as Markdown tables.
public struct GradeMarkdown: GradeReportStream {
  public init() {}

  public static func render(_ batch: GradeBatch) -> String {
    var stream = GradeMarkdown()
    return stream.begin() + batch.transcripts.map { stream.row($0) }.joined()
      + stream.end(trainees: batch.trainees, errors: batch.errors)
  }

  public mutating func begin() -> String {
    "# Graded transcripts\n\n"
      + "| trainee | scenario | date | mode | outcome | score | pass | acknowledge | communicate | apologize | answer | extra | pitfalls | notes |\n"
      + "|---|---|---|---|---|---:|---|:-:|:-:|:-:|:-:|:-:|---|---|\n"
  }

  public func text(of row: GradedTranscript) -> String {
    let cells = [
      row.trainee, row.scenario, row.date, GradeColumns.mode(row), GradeColumns.outcome(row), String(row.score),
      GradeColumns.pass(row),
    ] + Label.moves.map { GradeColumns.mark(row.made($0)) } + [GradeColumns.mark(row.offeredExtra), row.pitfallSummary, GradeColumns.notes(row)]
    return "| " + cells.map(Self.cell).joined(separator: " | ") + " |\n"
  }

  public mutating func end(trainees: [TraineeSummary], errors: [SourceDiagnostic]) -> String {
    var out = "\n## Per trainee\n\n| trainee | attempts | best | latest | average | passes | weakest move |\n|---|---:|---:|---:|---:|---:|---|\n"
    for summary in trainees {
      let cells = [
        summary.trainee, String(summary.attempts), String(summary.best), String(summary.latest),
        GradeColumns.average(summary.average), String(summary.passes), summary.weakestMove?.rawValue ?? "-",
      ]
      out += "| " + cells.map(Self.cell).joined(separator: " | ") + " |\n"
    }
    if !errors.isEmpty {
      out += "\n## Problems\n\n" + errors.map { "- `\(Self.cell($0.description))`\n" }.joined()
    }
    return out
  }

  /// A table cell: pipes escaped, line breaks and control characters made visible.
  static func cell(_ text: String) -> String {
    var cell = ""
    cell.reserveCapacity(text.utf8.count)
    for character in TerminalStyle.neutralized(text) {
      switch character {
      case "&": cell += "&amp;"
      case "<": cell += "&lt;"
      case ">": cell += "&gt;"
      case "|": cell += "\\|"
      case "`": cell += "'"
      default: cell.append(character)
      }
    }
    return cell
  }
}
