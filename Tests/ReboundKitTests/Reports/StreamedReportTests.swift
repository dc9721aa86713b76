import Foundation
import Testing

@testable import ReboundKit

/// The pieces `grade` streams its table and HTML report with: what they keep of the rows stays
/// the same size however many rows there are, and what they write is what the whole-batch
/// renderers write.
@Suite struct StreamedReportTests {
  static func row(trainee: String, day: Int, reply: String) throws -> GradedTranscript {
    try GraderTests.grade(
      """
      scenario: lost-pants
      trainee: \(trainee)
      mode: practice
      started: 2026-11-\(String(format: "%02d", day))T10:00:00Z
      outcome: resolved

      customer [mood 80]: My trousers are gone.
      trainee: \(reply)

      """, file: "\(trainee)-\(day).txt")
  }

  @Test func theTableWrittenLineByLineIsTheWholeTable() throws {
    let rows = [
      try Self.row(trainee: "ana", day: 1, reply: "I'm so sorry, we will pay for your trousers today."),
      try Self.row(trainee: "bartholomew", day: 2, reply: "Did you lock the door?"),
    ]
    let table = GradeTable(batch: GradeBatch(transcripts: rows, errors: [], filesRead: 2), style: .plain)
    var widths = GradeTable.Widths()
    for cells in table.rows { widths.measure(cells) }
    let streamed = table.header(widths: widths) + table.rows.map { table.line($0, widths: widths) }.joined() + table.summary
    #expect(streamed == table.text)
    #expect(widths.columns[0] == "bartholomew".count)
    #expect(table.text.hasPrefix("TRAINEE      SCENARIO"))
    #expect(table.text.contains("Per trainee"))
  }

  @Test func widthsCountCharactersNotBytes() {
    var widths = GradeTable.Widths(headers: ["A", "B"])
    widths.measure(["Zoë Ødegård", "x"])
    #expect(widths.columns == ["Zoë Ødegård".count, 1])
  }

  @Test func chartsKeepTheScoreBandsAndOnlyEachTraineesLatestSessions() throws {
    let good = try Self.row(trainee: "ana", day: 1, reply: "I'm so sorry, we will pay for your trousers today.")
    var charts = ChartData()
    let total = 2 * ChartData.latestLimit + 37
    for index in 0..<total {
      var row = good
      row.scenario = "session-\(index)"
      charts.add(row)
    }
    charts.add(try Self.row(trainee: "ben", day: 3, reply: "Did you lock the door?"))
    #expect(charts.scoreBands.reduce(0, +) == total + 1)
    let latest = charts.latestByTrainee
    #expect(latest.map(\.key) == ["ana", "ben"])
    #expect(latest[0].value.count == ChartData.latestLimit)
    #expect(latest[0].value.first?.scenario == "session-\(total - ChartData.latestLimit)")
    #expect(latest[0].value.last?.scenario == "session-\(total - 1)")
    #expect(latest[1].value.count == 1)
    #expect(charts.isTrimmed)
  }

  @Test func theChartCaptionSaysWhenSessionsWereLeftOut() throws {
    let rubric = try Rubric.builtIn()
    let one = try Self.row(trainee: "ana", day: 1, reply: "I'm so sorry.")
    let few = GradeHTML.render(GradeBatch(transcripts: [one], errors: [], filesRead: 1), rubric: rubric)
    #expect(few.contains("<figcaption>Scores over time per trainee</figcaption>"))
    let many = GradeHTML.render(
      GradeBatch(transcripts: Array(repeating: one, count: ChartData.latestLimit + 1), errors: [], filesRead: 1), rubric: rubric)
    #expect(many.contains("Scores over time per trainee (each one's latest \(ChartData.latestLimit) sessions)"))
    #expect(many.components(separatedBy: "<circle").count - 1 == ChartData.latestLimit)
  }
}
