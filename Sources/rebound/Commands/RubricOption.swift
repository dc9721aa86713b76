import ArgumentParser
import Foundation
import ReboundKit

/// `--rubric FILE` and `--model FILE`: a trainer's rule file or learned model instead of the
/// built-in ones, for every command that scores.
struct RubricOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Use this rule file instead of the built-in rubric.", valueName: "file"))
  var rubric: String?

  @Option(name: .long, help: ArgumentHelp("Use this learned model (from `rebound train`) instead of the built-in one.", valueName: "file"))
  var model: String?

  @Flag(name: .long, help: "Score with the rubric alone, without the learned model.")
  var noModel = false

  func validate() throws {
    if noModel && model != nil { throw ValidationError("--model and --no-model cannot be used together") }
  }

  /// The rubric with its learned model: `--model`, else the built-in model, unless `--no-model`.
  func load() throws -> Rubric {
    let rules = try loadRubricAlone()
    if noModel { return rules }
    if let model {
      return rules.with(model: try ModelFile.read(contentsOf: URL(fileURLWithPath: model), displayName: model))
    }
    return rules.with(model: try ModelFile.builtIn())
  }

  /// The rule file alone, for training a model over it.
  func loadRubricAlone() throws -> Rubric {
    guard let rubric else { return try Rubric.builtIn() }
    return try Rubric(contentsOf: URL(fileURLWithPath: rubric), displayName: rubric)
  }
}
