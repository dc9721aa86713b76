import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Grade: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, markdown, csv, json, html }

    static let configuration = CommandConfiguration(
      abstract: "Grade saved transcripts: re-score every reply, apply reviews, and report.",
      discussion: """
        Files or folders (searched recursively for .txt transcripts). Exit codes: 0 all graded; \
        1 some transcript scored below --min-score; 2 a file could not be read or parsed (the \
        others are still graded).
        Examples:
          rebound grade transcripts/
          rebound grade transcripts/ --format html --output team.html
          rebound grade transcripts/ --trainee ana --since 2026-11-01 --min-score 80
        """
    )

    @Argument(help: "Transcript files or folders (default: the transcripts folder).")
    var paths: [String] = []

    @Option(help: "table (default), markdown, csv, json or html.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Write the report to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("Only this trainee's transcripts.", valueName: "name"))
    var trainee: String?

    @Option(help: ArgumentHelp("Only this scenario's transcripts.", valueName: "id"))
    var scenario: String?

    @Option(help: ArgumentHelp("Only sessions started on or after this day (YYYY-MM-DD).", valueName: "date"))
    var since: String?

    @Option(name: .customLong("min-score"), help: ArgumentHelp("Exit 1 when any graded transcript scores below this.", valueName: "n"))
    var minScore: Int?

    @OptionGroup var rubricFile: RubricOption

    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
      if let since, !GradeFilter.isDate(since) { throw ValidationError("--since must be a date YYYY-MM-DD, not '\(since)'") }
      if let minScore, !(0...100).contains(minScore) { throw ValidationError("--min-score must be from 0 to 100") }
    }

    func run() throws {
      let rubric = try rubricFile.load()
      let grader = try Grader(rubric: rubric, library: scenarios.load())
      let inputs = paths.isEmpty ? [TraineeHistory.defaultDirectory(environment: ProcessInfo.processInfo.environment)] : paths
      let filter = GradeFilter(trainee: trainee, scenario: scenario, since: since)
      let sink = try ReportSink(path: output)
      var scores = ScoreGate(minimum: minScore)
      let graded: Int, errors: [SourceDiagnostic], filesRead: Int
      // A report that cannot be finished (no temporary folder for the rows set aside, a
      // full disk) leaves no half-written file behind.
      do {
        switch format {
        case .table:
          // Column widths need every row: rows are measured as they come and set aside in a
          // file, then written under the header, so memory holds none of them.
          let style = output == nil ? Output.style(for: STDOUT_FILENO) : .plain
          let rows = try ReportSpool()
          defer { rows.discard() }
          var widths = GradeTable.Widths()
          var gate = scores
          let totals = grader.streamAll(paths: inputs, filter: filter, render: { GradeTable.cells(of: $0).joined(separator: "\u{1F}") }) {
            row, cells in
            gate.note(row)
            widths.measure(cells.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init))
            rows.write(cells + "\n")
          }
          scores = gate
          (graded, errors, filesRead) = (totals.graded, totals.errors, totals.filesRead)
          let table = GradeTable(rows: [], trainees: totals.trainees, style: style)
          sink.write(table.header(widths: widths))
          try rows.forEachLine { cells in
            sink.write(table.line(cells.split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init), widths: widths))
          }
          sink.write(table.summary)
        case .html: (graded, errors, filesRead) = try html(grader, rubric, inputs, filter, sink, &scores)
        case .markdown: (graded, errors, filesRead) = stream(GradeMarkdown(), grader, inputs, filter, sink, &scores)
        case .csv: (graded, errors, filesRead) = stream(GradeCSV(), grader, inputs, filter, sink, &scores)
        case .json: (graded, errors, filesRead) = stream(GradeJSON(rubric: rubric), grader, inputs, filter, sink, &scores)
        }
      } catch {
        try? sink.discard()
        Console.error("error: cannot write \(output ?? "the report"): \(error.localizedDescription)")
        throw ExitCode(2)
      }
      for problem in errors { Console.error(problem.description) }
      if filesRead == 0 && errors.isEmpty {
        try? sink.discard()
        Console.error("no transcripts (.txt files) in \(inputs.joined(separator: ", "))")
        throw ExitCode(2)
      }
      if graded == 0 && errors.isEmpty {
        Console.error("no transcript matches the filters (\(filesRead) read)")
      }
      do {
        try sink.finish()
      } catch {
        Console.error("error: cannot write \(output ?? "the report"): \(error.localizedDescription)")
        throw ExitCode(2)
      }
      if let output { Console.error("wrote \(output): \(graded) transcript\(graded == 1 ? "" : "s")") }
      if !errors.isEmpty { throw ExitCode(2) }
      try scores.check(graded: graded)
    }

    /// The HTML report: its transcripts are rendered as they are graded, on every core, and
    /// set aside in a spool file; the summary and charts before them need only the rows.
    private func html(
      _ grader: Grader, _ rubric: Rubric, _ inputs: [String], _ filter: GradeFilter, _ sink: ReportSink,
      _ scores: inout ScoreGate
    ) throws -> (Int, [SourceDiagnostic], Int) {
      let articles = try ReportSpool(), tableRows = try ReportSpool()
      defer {
        articles.discard()
        tableRows.discard()
      }
      var charts = ChartData()
      var count = 0
      var gate = scores
      let totals = grader.streamAll(paths: inputs, filter: filter, keepDetails: true, render: GradeHTML.articleBody) { row, body in
        gate.note(row)
        charts.add(row)
        count += 1
        tableRows.write(GradeHTML.tableRow(row, anchor: count))
        articles.write(GradeHTML.articleHeading(row, anchor: count))
        articles.write(body)
      }
      scores = gate
      sink.write(GradeHTML.opening(transcripts: count, trainees: totals.trainees, charts: charts, rubric: rubric))
      sink.write(GradeHTML.rowsTableStart)
      try tableRows.copy(into: sink)
      sink.write(GradeHTML.rowsTableEnd(errors: totals.errors))
      try articles.copy(into: sink)
      sink.write(GradeHTML.tail)
      return (totals.graded, totals.errors, totals.filesRead)
    }

    /// Grades and writes a row at a time, so the rows are never all held.
    private func stream(
      _ format: some GradeReportStream, _ grader: Grader, _ inputs: [String], _ filter: GradeFilter, _ sink: ReportSink,
      _ scores: inout ScoreGate
    ) -> (Int, [SourceDiagnostic], Int) {
      var format = format
      sink.write(format.begin())
      var gate = scores
      let rowFormat = format
      let totals = grader.streamAll(paths: inputs, filter: filter, render: { rowFormat.text(of: $0) }) { row, text in
        gate.note(row)
        sink.write(format.place(text))
      }
      scores = gate
      sink.write(format.end(trainees: totals.trainees, errors: totals.errors))
      return (totals.graded, totals.errors, totals.filesRead)
    }
  }
}

/// `--min-score`: notes the transcripts below the minimum and fails the run when there are any.
private struct ScoreGate {
  let minimum: Int?
  private(set) var below: [String] = []

  init(minimum: Int?) { self.minimum = minimum }

  mutating func note(_ row: GradedTranscript) {
    if let minimum, row.score < minimum { below.append(row.file) }
  }

  func check(graded: Int) throws {
    guard let minimum else { return }
    guard graded > 0 else {
      Console.error("--min-score \(minimum): no transcript was graded, so none can pass")
      throw ExitCode(1)
    }
    if !below.isEmpty {
      Console.error("\(below.count) transcript\(below.count == 1 ? "" : "s") below \(minimum): \(below.joined(separator: ", "))")
      throw ExitCode(1)
    }
  }
}
