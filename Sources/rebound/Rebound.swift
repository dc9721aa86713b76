import ArgumentParser
import ReboundKit

@main
struct Rebound: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rebound",
    abstract: "Score customer-service replies for service recovery, with the evidence for every finding.",
    discussion: """
      Every reply is scored against four moves (acknowledge, communicate, apologize, answer) \
      and three don'ts (excuse, blame, rude), with the words that triggered each finding.
      """,
    version: "rebound 0.1.0 (GNU readline \(ReadlineLibrary.version))",
    subcommands: [Score.self, Eval.self]
  )
}
