import ArgumentParser
import Foundation
import ReboundKit

@main
struct Rebound: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebound",
    abstract: "Practise service recovery: reply to an upset customer and see every move scored, with evidence.",
    discussion: """
      Every reply is scored against four moves (acknowledge, communicate, apologize, answer) \
      and three don'ts (excuse, blame, rude), with the words that triggered each finding.
      Run `rebound` on a terminal to pick a scenario from a menu, or `rebound play ID`.
      New to Rebound? `rebound learn` is a ten-minute guided first run (suggested here to \
      anyone with no transcripts yet); `rebound progress` shows how you are doing.
      """,
    version: "rebound 0.1.0 (GNU readline \(ReadlineLibrary.version))",
    subcommands: [
      Play.self, Learn.self, Progress.self, List.self, New.self, Lint.self, Check.self, Grade.self, Show.self,
      Review.self, Score.self, Eval.self, Train.self, Compile.self, Keys.self,
    ]
  )

  /// Plain `rebound`: a menu of scenarios on a terminal, the help otherwise.
  func run() throws {
    let session = try SessionOptions.parse([])
    let environment = ProcessInfo.processInfo.environment
    let trainee = TraineeName.defaultName(environment: environment)
    let newcomer = TraineeHistory(trainee: trainee, directory: TraineeHistory.defaultDirectory(environment: environment)).isEmpty
    if newcomer {
      Console.write("New here, \(trainee)? Start with `rebound learn`: a ten-minute guided first run.\n\n")
    }
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw CleanExit.helpRequest(self)
    }
    let library = session.scenarios.load()
    guard !library.scenarios.isEmpty else {
      Console.error("no scenarios in \(session.scenarios.path); run: rebound lint \(session.scenarios.path)")
      throw ExitCode(1)
    }
    let ids = library.scenarios.map(\.id)
    var input = SessionOptions.terminalOrPlainInput(completions: ids)
    Console.write("Pick a scenario (number or id; Tab completes ids, Ctrl-D quits):\n\n")
    for (index, scenario) in library.scenarios.enumerated() {
      Console.write("  \(index + 1). \(scenario.id.padding(toLength: 22, withPad: " ", startingAt: 0)) \(scenario.difficulty.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(scenario.title)\n")
    }
    Console.write("\n")
    while true {
      switch input.readLine(prompt: "scenario> ") {
      case .end: return
      case .interrupted: continue
      case .line(let raw):
        let choice = raw.trimmingCharacters(in: .whitespaces)
        if choice.isEmpty { continue }
        let id = Int(choice).flatMap { $0 >= 1 && $0 <= ids.count ? ids[$0 - 1] : nil } ?? choice
        guard ids.contains(id) else {
          Console.write("no scenario '\(choice)'\(Suggestions.didYouMean(choice, among: ids)); type a number from 1 to \(ids.count) or an id\n")
          continue
        }
        (input as? ReadlineLineSource)?.complete(SlashCommand.names)
        try session.play(id: id, source: input)
        return
      }
    }
  }
}
