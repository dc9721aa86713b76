import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Learn: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "A guided first run: learn the four moves, write a reply for each, then play the easiest scenario.",
      discussion: """
        About ten minutes. Each move is explained with an example; you write a reply and \
        Rebound tells you what it heard, until the move is met (or you type /skip). It ends \
        with the easiest scenario in practice mode, saved like any session. Works on a \
        terminal (readline) and with piped input, one reply a line; Ctrl-D or /quit stops.
        """
    )

    @Option(help: ArgumentHelp("Your name, as it goes into the transcript (default: your login name).", valueName: "name"))
    var trainee: String?

    @Option(help: ArgumentHelp("Where transcripts are saved (default: ./transcripts).", valueName: "dir"))
    var transcripts: String?

    @Option(help: ArgumentHelp("Seed for the practice customer's lines (as in play).", valueName: "n"))
    var seed: UInt64?

    @OptionGroup var rubricFile: RubricOption

    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
      if let trainee {
        do { _ = try TraineeName.validated(trainee) } catch { throw ValidationError(error.description) }
      }
    }

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let name = trainee ?? TraineeName.defaultName(environment: environment)
      let library = scenarios.load()
      let scenario = library.easiest
      let rubric = try rubricFile.load()
      let scorer = try Scorer(rubric: rubric, vocabulary: scenario?.hidden.vocabulary)
      let terminal = isatty(STDIN_FILENO) == 1
      let settings = LearnSession.Settings(
        scorer: scorer, situation: scenario.map(LessonSituation.init(scenario:)) ?? .builtIn, trainee: name,
        style: terminal ? Output.style(for: STDOUT_FILENO) : .plain,
        width: terminal ? TextWrap.terminalColumns(of: STDOUT_FILENO) : nil)
      let input = SessionOptions.terminalOrPlainInput(completions: LessonCommand.names)
      var lessonInput = input
      guard case .finished = LearnSession(settings: settings, output: Console.write).run(reading: &lessonInput) else {
        return
      }
      guard let scenario else {
        Console.write("\nThere are no scenarios in \(scenarios.path) to practise on yet; ask your trainer, or run: rebound lint \(scenarios.path)\n")
        return
      }
      Console.write(
        "\nNow the whole conversation with \(scenario.persona.name), in practice mode: put the four moves together. "
          + "Type /hint when you are stuck.\nPress Enter to begin (Ctrl-D to stop here).\n")
      var pause = input
      guard case .line = pause.readLine(prompt: "") else { return }
      Console.write("\n")
      (input as? ReadlineLineSource)?.complete(SlashCommand.names)
      try SessionOptions.launch(
        scenario, scorer: scorer, grader: Grader(base: scorer, library: library), trainee: name, mode: .practice,
        seed: seed, difficulty: nil, passMark: nil,
        transcripts: transcripts ?? TraineeHistory.defaultDirectory(environment: environment), source: pause)
      Console.write("\nNext: rebound progress --trainee \(name) shows how you are doing; rebound list shows every scenario.\n")
    }
  }
}
