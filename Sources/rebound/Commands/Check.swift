import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Check: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    static let configuration = CommandConfiguration(
      abstract: "Check that scenarios are fit to use: lint, stored paths, seeded exploration, difficulty.",
      discussion: """
        Exploration plays --runs sessions per scenario and difficulty with replies drawn from \
        the labelled corpus (corpus/*.jsonl here, or --corpus) and the scenario's own replies, \
        and reports every customer line that was never said. The same seed gives the same \
        report. Exits 1 when any error was found (with --strict, warnings count as errors).
        Examples:
          rebound check
          rebound check scenarios/my-scenario.yaml --strict
          rebound check my-scenarios/ --runs 2000 --seed 7 --format json
        """
    )

    @Argument(help: "Scenario files or folders (default: the scenarios folder).")
    var paths: [String] = []

    @Option(help: ArgumentHelp("Explored sessions per scenario and difficulty.", valueName: "n"))
    var runs: Int = 500

    @Option(help: ArgumentHelp("The exploration's seed.", valueName: "n"))
    var seed: UInt64 = 1

    @Option(help: "table (default) or json.")
    var format: Format = .table

    @Flag(help: "Treat warnings (an unreachable reaction, a loop, a lint warning) as errors.")
    var strict = false

    @Option(name: .customLong("corpus"), help: ArgumentHelp("A labelled corpus (.jsonl) to draw replies from; repeatable (default: corpus/*.jsonl).", valueName: "file"))
    var corpora: [String] = []

    @OptionGroup var rubricFile: RubricOption

    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
      let fewest = ExplorationStrategy.allCases.count
      if !(fewest...100_000).contains(runs) {
        throw ValidationError("--runs must be from \(fewest) (one session for each kind of trainee) to 100000")
      }
    }

    func run() throws {
      let inputs = paths.isEmpty ? [scenarios.path] : paths
      let library = ScenarioLibrary.load(paths: inputs)
      if library.files.isEmpty && library.diagnostics.isEmpty {
        Console.error("no scenario files (.yaml) in \(inputs.joined(separator: ", "))")
        throw ExitCode(1)
      }
      let replies = try corpusReplies()
      let checker = ScenarioChecker(runs: runs, seed: seed, strict: strict)
      let report = try checker.check(library, replies: replies, base: try Scorer(rubric: try rubricFile.load()))
      switch format {
      case .table: Console.write(CheckTable.render(report))
      case .json:
        Console.write(CheckJSON.render(report))
        Console.error(CheckTable.summary(report))
      }
      if report.errorCount > 0 { throw ExitCode(1) }
    }

    /// The replies of the corpora named, or of ./corpus/*.jsonl; none (with a note) when
    /// there is no corpus here.
    private func corpusReplies() throws -> [String] {
      var files = corpora
      if files.isEmpty {
        let found = (try? FileManager.default.contentsOfDirectory(atPath: "corpus"))?.filter { $0.hasSuffix(".jsonl") }.sorted() ?? []
        files = found.map { "corpus/\($0)" }
        if files.isEmpty {
          Console.error("note: no corpus/*.jsonl here: exploring with each scenario's own replies only (see --corpus)")
        }
      }
      var replies: [String] = []
      for file in files {
        let corpus: CorpusReader.Result
        do {
          corpus = try CorpusReader.read(contentsOf: URL(fileURLWithPath: file), displayName: file)
        } catch {
          Console.error("error: cannot read the corpus \(file): \(error.localizedDescription)")
          throw ExitCode(2)
        }
        for problem in corpus.problems { Console.error("\(problem)") }
        replies += corpus.replies.map(\.text)
      }
      return replies
    }
  }
}
