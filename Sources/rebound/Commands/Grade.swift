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
      let grader = Grader(rubric: rubric, library: scenarios.load())
      let inputs = paths.isEmpty ? [ProcessInfo.processInfo.environment["REBOUND_TRANSCRIPTS"] ?? "transcripts"] : paths
      let batch = grader.gradeAll(
        paths: inputs, filter: GradeFilter(trainee: trainee, scenario: scenario, since: since),
        keepDetails: format == .html)
      for problem in batch.errors { Console.error(problem.description) }
      if batch.filesRead == 0 && batch.errors.isEmpty {
        Console.error("no transcripts (.txt files) in \(inputs.joined(separator: ", "))")
        throw ExitCode(2)
      }
      if batch.transcripts.isEmpty && batch.errors.isEmpty {
        Console.error("no transcript matches the filters (\(batch.filesRead) read)")
      }
      let report: String
      switch format {
      case .table:
        report = GradeTable(batch: batch, style: output == nil ? Output.style(for: STDOUT_FILENO) : .plain).text
      case .markdown: report = GradeMarkdown.render(batch)
      case .csv: report = GradeCSV.render(batch)
      case .json: report = GradeJSON.render(batch, rubric: rubric)
      case .html: report = GradeHTML.render(batch, rubric: rubric)
      }
      if let output {
        do {
          try Data(report.utf8).write(to: URL(fileURLWithPath: output))
        } catch {
          Console.error("error: cannot write \(output): \(error.localizedDescription)")
          throw ExitCode(2)
        }
        Console.error("wrote \(output): \(batch.transcripts.count) transcript\(batch.transcripts.count == 1 ? "" : "s")")
      } else {
        Console.write(report)
      }
      if !batch.errors.isEmpty { throw ExitCode(2) }
      if let minScore {
        guard !batch.transcripts.isEmpty else {
          Console.error("--min-score \(minScore): no transcript was graded, so none can pass")
          throw ExitCode(1)
        }
        let below = batch.transcripts.filter { $0.score < minScore }
        if !below.isEmpty {
          Console.error("\(below.count) transcript\(below.count == 1 ? "" : "s") below \(minScore): \(below.map(\.file).joined(separator: ", "))")
          throw ExitCode(1)
        }
      }
    }
  }
}
