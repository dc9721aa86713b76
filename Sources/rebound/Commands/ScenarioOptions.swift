import ArgumentParser
import Foundation
import ReboundKit

/// Where scenarios are read from: `--scenarios DIR`, else `$REBOUND_SCENARIOS`, else ./scenarios.
struct ScenarioOptions: ParsableArguments {
  @Option(
    name: .customLong("scenarios"),
    help: ArgumentHelp("Where scenario files are read from (default: ./scenarios).", valueName: "dir"))
  var directory: String?

  var path: String { directory ?? ScenarioLibrary.defaultDirectory() }

  func load() -> ScenarioLibrary { ScenarioLibrary.load(paths: [path]) }

  /// Enough of the library to play `id`: its own file when that loads cleanly.
  func load(scenario id: String) -> ScenarioLibrary { ScenarioLibrary.load(scenario: id, in: path) }
}

/// Prints to standard output at once, so it interleaves correctly with readline's prompt.
enum Console {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Standard error carries names from files and arguments: no escape sequence or
  /// bidirectional control in them reaches the terminal.
  static func error(_ text: String) {
    let safe = SafeText.visible(text, keepingLineBreaks: true)
    FileHandle.standardError.write(Data((safe.hasSuffix("\n") ? safe : safe + "\n").utf8))
  }
}
