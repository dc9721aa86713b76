import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Review: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Override a transcript's verdicts by hand, with a comment; the review is appended to the file.",
      discussion: """
        On a terminal without --set it steps through the transcript and asks about each move, \
        each pitfall and extra. For scripts:
          rebound review transcripts/x.txt --set apologize=yes --set blame=no --comment "…" --reviewer maria
        The trainee's lines are never changed; grade, show and the reports use the reviewed verdicts.
        """
    )

    @Argument(help: "The transcript file.")
    var transcript: String

    @Option(name: .customLong("set"), help: ArgumentHelp("Set a move, a pitfall or extra: LABEL=yes or LABEL=no (repeatable).", valueName: "label=yes|no"))
    var settings: [String] = []

    @Option(help: "Why the verdicts were changed.")
    var comment: String?

    @Option(help: ArgumentHelp("Who reviews (default: your login name).", valueName: "name"))
    var reviewer: String?

    @OptionGroup var signingKey: SigningKeyOption

    @OptionGroup var rubricFile: RubricOption

    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
      for setting in settings {
        do { _ = try ReviewSession.setting(setting) } catch { throw ValidationError(error.description) }
      }
      if let reviewer {
        do { _ = try TraineeName.validated(reviewer) } catch {
          throw ValidationError("reviewer name '\(reviewer)' is not allowed: use letters, digits, '.', '_' or '-'")
        }
      }
    }

    func run() throws {
      let rubric = try rubricFile.load()
      let grader = try Grader(rubric: rubric, library: scenarios.load())
      let graded: GradedTranscript
      switch grader.grade(file: transcript, keepDetails: true) {
      case .graded(let result):
        graded = result
      case .failed(let problems):
        for problem in problems { Console.error(problem.rendered) }
        throw ExitCode(2)
      case .skipped:
        throw ExitCode(2)
      }
      let environment = ProcessInfo.processInfo.environment
      let session = ReviewSession(graded: graded, reviewer: reviewer ?? TraineeName.defaultName(environment: environment))
      let review: TranscriptReview
      if !settings.isEmpty || comment != nil {
        review = session.review(settings: try settings.map { try ReviewSession.setting($0) }, comment: comment ?? "")
      } else if isatty(STDIN_FILENO) == 1 {
        Console.write(TranscriptView(graded: graded, style: Output.style(for: STDOUT_FILENO)).text + "\n")
        var input = SessionOptions.terminalOrPlainInput(completions: ["yes", "no"])
        guard let asked = session.ask(reading: &input, output: Console.write) else {
          Console.error("review abandoned; nothing was written")
          throw ExitCode(1)
        }
        review = asked
      } else {
        Console.error("nothing to record: give --set LABEL=yes|no and/or --comment, or run on a terminal to be asked")
        throw ExitCode(1)
      }
      let key = try signingKey.load(environment: environment)
      do {
        try session.append(review, signingKey: key)
      } catch {
        Console.error("error: \(error.description)")
        throw ExitCode(1)
      }
      let reviewed = grader.grade(file: transcript)
      if case .graded(let after) = reviewed {
        Console.write("Review saved to \(transcript): score \(after.automatic.score) automatic, \(after.score) reviewed (\(after.passed ? "pass" : "fail")).\n")
      }
    }
  }
}
