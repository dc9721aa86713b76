import ArgumentParser
import Foundation
import ReboundKit

/// Options shared by the commands that score: which rubric and where scenarios live.
struct ScoringOptions: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Use this rule file instead of the built-in rubric.", valueName: "file"))
  var rubric: String?

  @Option(name: .long, help: ArgumentHelp("Where scenario files are read from.", valueName: "dir"))
  var scenarios: String = "scenarios"

  func loadRubric() throws -> Rubric {
    guard let rubric else { return try Rubric.builtIn() }
    return try Rubric(contentsOf: URL(fileURLWithPath: rubric), displayName: rubric)
  }

  var loader: ScenarioVocabularyLoader {
    ScenarioVocabularyLoader(directory: URL(fileURLWithPath: scenarios))
  }
}

/// Writes to standard error.
struct StandardError: TextOutputStream {
  mutating func write(_ string: String) {
    FileHandle.standardError.write(Data(string.utf8))
  }
}

enum Output {
  static func style(for fd: Int32) -> TerminalStyle {
    TerminalStyle.detect(isTerminal: isatty(fd) == 1, environment: ProcessInfo.processInfo.environment)
  }
}
