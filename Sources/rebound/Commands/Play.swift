public import ArgumentParser
import Foundation
public import ReboundKit

extension PlayMode: ExpressibleByArgument {}
extension Difficulty: ExpressibleByArgument {}

extension Rebound {
  struct Play: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Play a scenario: an upset customer reacts to every reply you type.",
      discussion: """
        On a terminal the prompt is GNU readline (editing, history, Tab completes /commands); \
        Ctrl-C cancels the line, Ctrl-D ends the session. With piped input each line is a reply \
        and the session is deterministic for a given --seed:
          printf 'I am so sorry.\\n/quit\\n' | rebound play lost-pants --seed 1
        Every session is saved under the transcripts folder as it goes.
        """
    )

    @Argument(help: "The scenario id (see `rebound list`).")
    var id: String

    @OptionGroup var session: SessionOptions

    func run() throws {
      try session.play(id: id)
    }
  }
}

/// The options of a session, shared by `play` and the menu of plain `rebound`.
struct SessionOptions: ParsableArguments {
  @Option(help: ArgumentHelp("Your name, as it goes into the transcript (default: your login name).", valueName: "name"))
  var trainee: String?

  @Option(help: "practice (feedback and hints after every reply) or exam (nothing until the end).")
  var mode: PlayMode = .practice

  @Option(help: ArgumentHelp("Seed for the customer's choice of lines; the same seed replays the same session.", valueName: "n"))
  var seed: UInt64?

  @Option(help: "Play at this difficulty instead of the scenario's own: easy, medium or hard.")
  var difficulty: Difficulty?

  @Option(name: .customLong("pass-mark"), help: ArgumentHelp("The score out of 100 that passes (default: the scenario's, usually 80).", valueName: "n"))
  var passMark: Int?

  @Option(help: ArgumentHelp("Where transcripts are saved (default: ./transcripts).", valueName: "dir"))
  var transcripts: String?

  @OptionGroup var signingKey: SigningKeyOption

  @OptionGroup var rubricFile: RubricOption

  @OptionGroup var scenarios: ScenarioOptions

  func validate() throws {
    if let passMark, !(0...100).contains(passMark) {
      throw ValidationError("--pass-mark must be from 0 to 100, not \(passMark)")
    }
    if let trainee {
      do { _ = try TraineeName.validated(trainee) } catch { throw ValidationError(error.description) }
    }
  }

  func play(id: String, source: (any LineSource)? = nil) throws {
    let library = scenarios.load(scenario: id)
    guard let scenario = library.scenario(id: id) else {
      let problems = library.diagnostics.filter { $0.file.hasSuffix("/\(id).yaml") || $0.file.hasSuffix("/\(id).yml") }
      if !problems.isEmpty {
        for problem in problems { Console.error(problem.rendered) }
        Console.error("scenario '\(id)' has errors; fix them and run: rebound lint \(scenarios.path)")
      } else {
        let known = library.scenarios.map(\.id)
        Console.error("no scenario '\(id)' in \(scenarios.path)\(Suggestions.didYouMean(id, among: known)) — known: \(known.joined(separator: ", "))")
      }
      throw ExitCode(1)
    }
    let environment = ProcessInfo.processInfo.environment
    let rubric = try rubricFile.load()
    let scorer = try Scorer(rubric: rubric, vocabulary: scenario.hidden.vocabulary)
    let key = try signingKey.load(environment: environment)
    try Self.launch(
      scenario, scorer: scorer, grader: Grader(base: scorer, library: library),
      trainee: trainee ?? TraineeName.defaultName(environment: environment), mode: mode, seed: seed,
      difficulty: difficulty, passMark: passMark,
      transcripts: transcripts ?? TraineeHistory.defaultDirectory(environment: environment), source: source, signingKey: key)
  }

  /// Plays one scenario to its debrief; `learn` ends with this too. In practice mode the
  /// hints fade with the trainee's passes of the scenario, read from their transcripts.
  static func launch(
    _ scenario: Scenario, scorer: Scorer, grader: Grader, trainee: String, mode: PlayMode, seed: UInt64?,
    difficulty: Difficulty?, passMark: Int?, transcripts: String, source: (any LineSource)?, signingKey: SigningKey? = nil
  ) throws {
    let passes =
      mode == .practice
      ? TraineeHistory(trainee: trainee, directory: transcripts).passes(of: scenario.id, grader: grader) : 0
    let settings = PlaySession.Settings(
      scenario: scenario, scorer: scorer, trainee: trainee,
      mode: mode, seed: seed ?? UInt64(Date().timeIntervalSince1970 * 1000), difficulty: difficulty,
      passMark: passMark ?? scenario.session.passMark, transcripts: URL(fileURLWithPath: transcripts),
      style: isatty(STDIN_FILENO) == 1 ? Output.style(for: STDOUT_FILENO) : .plain,
      width: isatty(STDIN_FILENO) == 1 ? TextWrap.terminalColumns(of: STDOUT_FILENO) : nil,
      hints: HintLevel(passes: passes), signingKey: signingKey)
    var input: any LineSource = source ?? Self.terminalOrPlainInput(completions: SlashCommand.names)
    let session = PlaySession(settings: settings, output: Console.write)
    do {
      _ = try session.run(reading: &input)
    } catch {
      Console.error("error: \(error.description)")
      throw ExitCode(1)
    }
  }

  /// GNU readline when standard input is a terminal; plain lines otherwise.
  static func terminalOrPlainInput(completions: [String]) -> any LineSource {
    guard isatty(STDIN_FILENO) == 1 else { return PlainLineSource(echo: Console.write) }
    let history = ReadlineLineSource.defaultHistoryFile(environment: ProcessInfo.processInfo.environment)
    return ReadlineLineSource(historyFile: history, completions: completions)
  }
}
