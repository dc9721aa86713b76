import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show one transcript turn by turn, with the evidence highlighted, the mood and the scorecard.",
      discussion: "Text from the transcript is shown safely: escape sequences inside replies are neutralised."
    )

    @Argument(help: "The transcript file.")
    var transcript: String

    @OptionGroup var rubricFile: RubricOption

    @OptionGroup var scenarios: ScenarioOptions

    func run() throws {
      let rubric = try rubricFile.load()
      let grader = try Grader(rubric: rubric, library: scenarios.load())
      switch grader.grade(file: transcript, keepDetails: true) {
      case .graded(let graded):
        Console.write(TranscriptView(graded: graded, style: Output.style(for: STDOUT_FILENO)).text)
      case .failed(let problems):
        for problem in problems { Console.error(problem.rendered) }
        throw ExitCode(2)
      case .skipped:
        break
      }
    }
  }
}
