import ArgumentParser
import Foundation
import ReboundKit

/// `--rubric FILE`: a trainer's rule file instead of the built-in rubric, for every command
/// that scores.
struct RubricOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Use this rule file instead of the built-in rubric.", valueName: "file"))
  var rubric: String?

  func load() throws -> Rubric {
    guard let rubric else { return try Rubric.builtIn() }
    return try Rubric(contentsOf: URL(fileURLWithPath: rubric), displayName: rubric)
  }
}
