/// `rebound grade` on a terminal: one row per transcript, then a summary per trainee.
///
/// The columns are as wide as their widest cell, so every row is measured before the first
/// line is written. `Widths` measures rows as they stream past, so a caller can set the rows
/// aside (in a file) and write them afterwards with `header(widths:)` and `line(_:widths:)`.
public struct GradeTable: Sendable {
  /// Each transcript's cells, as `cells(of:)` gives them.
  public var rows: [[String]]
  public var trainees: [TraineeSummary]
  public var style: TerminalStyle

  public static let headers = [
    "TRAINEE", "SCENARIO", "DATE", "MODE", "OUTCOME", "SCORE", "PASS", "ACK", "COM", "APO", "ANS", "XTR", "PITFALLS", "NOTES",
  ]

  /// The width of each column: the widest of its header and the cells measured so far.
  public struct Widths: Sendable, Equatable {
    public private(set) var columns: [Int]

    public init(headers: [String] = GradeTable.headers) { columns = headers.map(\.count) }

    public mutating func measure(_ cells: [String]) {
      for (column, cell) in cells.enumerated() where column < columns.count { columns[column] = max(columns[column], cell.count) }
    }
  }

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
    var widths = Widths()
    for row in rows { widths.measure(row) }
    return header(widths: widths) + rows.map { line($0, widths: widths) }.joined() + summary
  }

  /// The bold header line, with its newline.
  public func header(widths: Widths) -> String {
    style.paint(Self.aligned(Self.headers, widths: widths.columns) { $1 }, .bold, bold: true) + "\n"
  }

  /// One transcript's line, with its newline: pass/fail and the move marks coloured.
  public func line(_ cells: [String], widths: Widths) -> String {
    Self.aligned(cells, widths: widths.columns) { column, cell in
      switch (column, cell) {
      case (6, "pass"), (7...10, "✓"): style.paint(cell, .green)
      case (6, "fail"), (7...10, "✗"): style.paint(cell, .red)
      default: cell
      }
    } + "\n"
  }

  /// The summary per trainee after the rows, or nothing when no transcript was graded.
  public var summary: String {
    guard !trainees.isEmpty else { return "" }
    let headers = ["TRAINEE", "ATTEMPTS", "BEST", "LATEST", "AVERAGE", "PASSES", "WEAKEST MOVE"]
    let rows = trainees.map { summary in
      [
        TerminalStyle.neutralized(summary.trainee), String(summary.attempts), String(summary.best), String(summary.latest),
        GradeColumns.average(summary.average), String(summary.passes), summary.weakestMove?.rawValue ?? "-",
      ]
    }
    var widths = Widths(headers: headers)
    for row in rows { widths.measure(row) }
    return "\n" + style.paint("Per trainee", .bold, bold: true) + "\n"
      + style.paint(Self.aligned(headers, widths: widths.columns) { $1 }, .bold, bold: true) + "\n"
      + rows.map { Self.aligned($0, widths: widths.columns) { $1 } + "\n" }.joined()
  }

  /// Cells padded to their column's width and joined by two spaces, without trailing spaces;
  /// `paint` colours a cell after its width is measured.
  private static func aligned(_ cells: [String], widths: [Int], paint: (Int, String) -> String) -> String {
    cells.enumerated().map { column, cell in
      let padding = column == cells.count - 1 ? 0 : max(0, (column < widths.count ? widths[column] : 0) - cell.count)
      return paint(column, cell) + String(repeating: " ", count: padding)
    }.joined(separator: "  ").trimmingTrailingSpaces
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " || text.last == "\n" { text.removeLast() }
    return text
  }
}
