import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Score: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Score one reply, or each line of standard input, and show the evidence.",
      discussion: """
        Examples:
          rebound score "I'm so sorry — I'll refund the whole order today."
          rebound score --scenario lost-pants "Are you sure you locked your door?"
          printf 'sorry\\ncalm down\\n' | rebound score --json
          rebound score --explain "Our supplier sets those prices."
        """
    )

    @Argument(help: "The reply to score. Without it, each line of standard input is scored in turn.")
    var text: String?

    @Option(name: .long, help: ArgumentHelp("Add this scenario's vocabulary (its items and remedies).", valueName: "id"))
    var scenario: String?

    @Flag(name: .long, help: "Print JSON: one object per reply, {\"labels\": [...], \"findings\": [...]}.")
    var json = false

    @Flag(name: .long, help: "Also show, for every label, the learned model's margin and the features that weighed most.")
    var explain = false

    @OptionGroup var options: ScoringOptions

    func validate() throws {
      if explain && json { throw ValidationError("--explain adds to the text output; use it without --json") }
    }

    func run() throws {
      let rubric = try options.loadRubric()
      let vocabulary = try scenario.map { try options.loader.vocabulary(for: $0) }
      let scorer = try Scorer(rubric: rubric, vocabulary: vocabulary)
      let style = Output.style(for: STDOUT_FILENO)
      var workspace = Scorer.Workspace()

      func emit(_ reply: String) {
        let report = VerdictReport(verdict: scorer.score(reply, using: &workspace), style: style)
        print(json ? report.json : report.text, terminator: json ? "\n" : "")
        if explain && !json { print(ExplanationReport(text: reply, explanations: scorer.explain(reply)).rendered, terminator: "") }
      }

      if let text {
        if let problem = InputLimits.replyProblem(text) {
          Console.error("error: \(problem); it was not scored")
          throw ExitCode(1)
        }
        emit(text)
        return
      }
      if isatty(STDIN_FILENO) == 1 {
        var stderr = StandardError()
        print("Type a reply and press Enter to score it; Ctrl-D ends.", to: &stderr)
      }
      var first = true
      var lineNumber = 0
      var refused = 0
      while let line = readLine(strippingNewline: true) {
        lineNumber += 1
        if let problem = InputLimits.replyProblem(line) {
          // Said on standard error, so the scores on standard output stay one a line.
          Console.error("<stdin>:\(lineNumber): \(problem); it was not scored")
          refused += 1
          continue
        }
        if !json && !first { print() }
        first = false
        emit(line)
      }
      if refused > 0 { throw ExitCode(1) }
    }
  }
}
