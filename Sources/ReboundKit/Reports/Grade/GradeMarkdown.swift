import Foundation

/// `rebound grade --format markdown`: the rows and the per-trainee summary as Markdown tables.
public enum GradeMarkdown {
  public static func render(_ batch: GradeBatch) -> String {
    var out = "# Graded transcripts\n\n"
    out += "| trainee | scenario | date | mode | outcome | score | pass | acknowledge | communicate | apologize | answer | pitfalls | notes |\n"
    out += "|---|---|---|---|---|---:|---|:-:|:-:|:-:|:-:|---|---|\n"
    for row in batch.transcripts {
      let cells = [
        row.trainee, row.scenario, row.date, GradeColumns.mode(row), GradeColumns.outcome(row), String(row.score),
        GradeColumns.pass(row),
      ] + Label.moves.map { GradeColumns.mark(row.made($0)) } + [row.pitfallSummary, GradeColumns.notes(row)]
      out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }
    out += "\n## Per trainee\n\n| trainee | attempts | best | latest | average | passes | weakest move |\n|---|---:|---:|---:|---:|---:|---|\n"
    for summary in batch.trainees {
      let cells = [
        summary.trainee, String(summary.attempts), String(summary.best), String(summary.latest),
        GradeColumns.average(summary.average), String(summary.passes), summary.weakestMove?.rawValue ?? "-",
      ]
      out += "| " + cells.map(cell).joined(separator: " | ") + " |\n"
    }
    if !batch.errors.isEmpty {
      out += "\n## Problems\n\n" + batch.errors.map { "- `\(cell($0.description))`\n" }.joined()
    }
    return out
  }

  /// A table cell: pipes escaped, line breaks and control characters made visible.
  static func cell(_ text: String) -> String {
    TerminalStyle.neutralized(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "|", with: "\\|")
      .replacingOccurrences(of: "`", with: "'")
  }
}
