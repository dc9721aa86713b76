import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Progress: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    static let configuration = CommandConfiguration(
      abstract: "A trainee's progress from their transcripts: scores, moves, the weakest move, what to play next, certification.",
      discussion: """
        Reads the trainee's transcripts (the transcripts folder is the only record) and \
        grades them as `rebound grade` does. Certification defaults come from rebound.yaml \
        in the current folder (certification: {exam_passes_needed: 2, pass_mark: 80}); the \
        flags override it. Exit codes: 0 shown; 1 no transcripts for the trainee; 2 a bad \
        rebound.yaml.
        Examples:
          rebound progress
          rebound progress --trainee ana --format json
        """
    )

    @Option(help: ArgumentHelp("Whose progress (default: your login name).", valueName: "name"))
    var trainee: String?

    @Option(help: ArgumentHelp("Where transcripts are read from (default: ./transcripts).", valueName: "dir"))
    var transcripts: String?

    @Option(help: "table (default) or json.")
    var format: Format = .table

    @Option(
      name: .customLong("exam-passes-needed"),
      help: ArgumentHelp("Exam attempts at or above the pass mark that certify a scenario (default 2).", valueName: "n"))
    var examPassesNeeded: Int?

    @Option(
      name: .customLong("pass-mark"),
      help: ArgumentHelp("The exam score that counts toward certification (default 80).", valueName: "n"))
    var passMark: Int?

    @OptionGroup var rubricFile: RubricOption

    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
      if let trainee {
        do { _ = try TraineeName.validated(trainee) } catch { throw ValidationError(error.description) }
      }
      if let passMark, !(0...100).contains(passMark) { throw ValidationError("--pass-mark must be from 0 to 100, not \(passMark)") }
      if let examPassesNeeded, !(1...100).contains(examPassesNeeded) {
        throw ValidationError("--exam-passes-needed must be from 1 to 100, not \(examPassesNeeded)")
      }
    }

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let name = trainee ?? TraineeName.defaultName(environment: environment)
      let folder = transcripts ?? TraineeHistory.defaultDirectory(environment: environment)
      var rule: CertificationRule
      do {
        rule = try ReboundConfig.load(file: ReboundConfig.fileName).certification
      } catch {
        Console.error(error.description)
        throw ExitCode(2)
      }
      if let examPassesNeeded { rule.examPassesNeeded = examPassesNeeded }
      if let passMark { rule.passMark = passMark }
      let history = TraineeHistory(trainee: name, directory: folder)
      guard !history.isEmpty else {
        Console.error("no transcripts for trainee '\(name)' in \(folder). New here? Start with: rebound learn --trainee \(name)")
        throw ExitCode(1)
      }
      let library = scenarios.load()
      let (graded, errors) = history.graded(with: try Grader(rubric: try rubricFile.load(), library: library))
      for problem in errors { Console.error("warning: skipped \(problem.description)") }
      let progress = TraineeProgress(
        trainee: name, transcripts: graded,
        catalog: library.scenarios.map { Recommendation.Entry(id: $0.id, difficulty: $0.difficulty) }, rule: rule)
      switch format {
      case .table:
        let terminal = isatty(STDOUT_FILENO) == 1
        Console.write(ProgressTable(progress: progress, style: Output.style(for: STDOUT_FILENO), unicode: terminal).text)
      case .json:
        Console.write(ProgressJSON.render(progress))
      }
    }
  }
}
