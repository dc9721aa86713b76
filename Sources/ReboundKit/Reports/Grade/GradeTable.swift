/// `rebound grade` on a terminal: one row per transcript, then a summary per trainee.
public struct GradeTable: Sendable {
  /// Each transcript's cells, as `cells(of:)` gives them.
  public var rows: [[String]]
  public var trainees: [TraineeSummary]
  public var style: TerminalStyle

  public init(batch: GradeBatch, style: TerminalStyle) {
    self.init(rows: batch.transcripts.map(Self.cells), trainees: batch.trainees, style: style)
  }

  public init(rows: [[String]], trainees: [TraineeSummary], style: TerminalStyle) {
    self.rows = rows
    self.trainees = trainees
    self.style = style
  }

  /// A transcript's row, cell by cell; no cell holds a control character.
  public static func cells(of row: GradedTranscript) -> [String] {
    [
      TerminalStyle.neutralized(row.trainee), TerminalStyle.neutralized(row.scenario), TerminalStyle.neutralized(row.date),
      GradeColumns.mode(row), GradeColumns.outcome(row), String(row.score), GradeColumns.pass(row),
    ] + Label.moves.map { GradeColumns.mark(row.made($0)) } + [GradeColumns.mark(row.offeredExtra), row.pitfallSummary, TerminalStyle.neutralized(GradeColumns.notes(row))]
  }

  public var text: String {
    let headers = ["TRAINEE", "SCENARIO", "DATE", "MODE", "OUTCOME", "SCORE", "PASS", "ACK", "COM", "APO", "ANS", "XTR", "PITFALLS", "NOTES"]
    var out = render(headers: headers, rows: rows) { column, cell in
      switch (column, cell) {
      case (6, "pass"), (7...10, "✓"): style.paint(cell, .green)
      case (6, "fail"), (7...10, "✗"): style.paint(cell, .red)
      default: cell
      }
    }
    let summaries = trainees
    if !summaries.isEmpty {
      out += "\n" + style.paint("Per trainee", .bold, bold: true) + "\n"
      let summaryRows = summaries.map { summary in
        [
          TerminalStyle.neutralized(summary.trainee), String(summary.attempts), String(summary.best), String(summary.latest),
          GradeColumns.average(summary.average), String(summary.passes), summary.weakestMove?.rawValue ?? "-",
        ]
      }
      out += render(headers: ["TRAINEE", "ATTEMPTS", "BEST", "LATEST", "AVERAGE", "PASSES", "WEAKEST MOVE"], rows: summaryRows) { $1 }
    }
    return out
  }

  /// Aligned columns; `paint` colours a cell after its width is measured.
  private func render(headers: [String], rows: [[String]], paint: (Int, String) -> String) -> String {
    let widths = headers.indices.map { column in ([headers] + rows).map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String], painted: Bool) -> String {
      cells.enumerated().map { column, cell in
        let padded = column == cells.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
        guard painted else { return padded }
        return paint(column, cell) + String(padded.dropFirst(cell.count))
      }.joined(separator: "  ").trimmingTrailingSpaces + "\n"
    }
    return style.paint(line(headers, painted: false).trimmingTrailingSpaces, .bold, bold: true) + "\n"
      + rows.map { line($0, painted: true) }.joined()
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " || text.last == "\n" { text.removeLast() }
    return text
  }
}
