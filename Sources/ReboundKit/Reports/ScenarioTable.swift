import Foundation

/// `rebound list`: the scenarios as an aligned table.
public enum ScenarioTable {
  public static func render(_ scenarios: [Scenario]) -> String {
    let rows = [["ID", "TITLE", "DIFFICULTY"]] + scenarios.map { [$0.id, TerminalStyle.neutralized($0.title), $0.difficulty.rawValue] }
    let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
      }.joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }
}
