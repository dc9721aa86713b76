import ArgumentParser
import Foundation
import ReboundKit

/// Options shared by the commands that score: which rubric and where scenarios live (the same
/// `--scenarios` and `$REBOUND_SCENARIOS` as `play`).
struct ScoringOptions: ParsableArguments {
  @OptionGroup var rubricFile: RubricOption
  @OptionGroup var scenarios: ScenarioOptions

  /// `score` and `eval` read with the learned model by default.
  func loadRubric() throws -> Rubric { try rubricFile.load() }

  var loader: ScenarioVocabularyLoader {
    ScenarioVocabularyLoader(directory: URL(fileURLWithPath: scenarios.path))
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
