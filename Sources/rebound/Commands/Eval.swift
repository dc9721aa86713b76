import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Measure the scorer on a labelled corpus: precision, recall and F1 per label.",
      discussion: """
        The corpus is JSON Lines, one {"text": "…", "labels": […], "scenario": "…"} a line \
        (see LABELS.md). A malformed line is reported as FILE:LINE and makes the exit code 1; \
        the other lines are still measured.

        Examples:
          rebound eval corpus/test.jsonl
          rebound eval corpus/dev.jsonl --errors
        """
    )

    @Argument(help: "A labelled corpus (.jsonl).")
    var file: String

    @Flag(name: .long, help: "Print the figures as JSON.")
    var json = false

    @Flag(name: .long, help: "List each misjudged reply with expected and found labels and the evidence.")
    var errors = false

    @Option(name: .long, help: ArgumentHelp("Read texts by id from this JSON Lines file, for lines with only an id.", valueName: "file"))
    var texts: String?

    @OptionGroup var options: ScoringOptions

    func run() throws {
      let texts = try self.texts.map { try ReplyTexts(contentsOf: URL(fileURLWithPath: $0), displayName: $0) }
      let corpus = try CorpusReader.read(contentsOf: URL(fileURLWithPath: file), displayName: file, texts: texts)
      var stderr = StandardError()
      for problem in corpus.problems { print(problem, to: &stderr) }

      if corpus.replies.isEmpty {
        let reason = corpus.problems.isEmpty ? "the corpus holds no replies" : "no well-formed reply to measure"
        print("\(file): error: \(reason)", to: &stderr)
        throw ExitCode.failure
      }
      let rubric = try options.loadRubric()
      let cache = ScorerCatalog(base: try Scorer(rubric: rubric), loader: options.loader)
      let evaluation = Evaluation(replies: corpus.replies, scorerFor: cache.scorer(for:))
      for (scenario, reason) in cache.failures.sorted(by: { $0.key < $1.key }) {
        print("\(file): warning: scenario '\(scenario)' scored without its vocabulary: \(reason)", to: &stderr)
      }
      let report = EvaluationReport(
        evaluation: evaluation, corpus: file, style: Output.style(for: STDOUT_FILENO), rubric: rubric)
      if errors { print(report.errors, terminator: "") }
      print(json ? report.json : report.table, terminator: json ? "\n" : "")

      if !corpus.problems.isEmpty {
        print("\(file): \(corpus.problems.count) malformed line(s); the figures above leave them out", to: &stderr)
        throw ExitCode.failure
      }
    }
  }
}
