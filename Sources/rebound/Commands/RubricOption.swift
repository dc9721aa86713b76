import ArgumentParser
import Foundation
import ReboundKit

/// `--rubric FILE` and `--model FILE`: a trainer's rule file or learned model instead of the
/// built-in ones, for every command that scores.
struct RubricOption: ParsableArguments {
  @Option(name: .long, help: ArgumentHelp("Use this rule file instead of the built-in rubric.", valueName: "file"))
  var rubric: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Decide labels with this learned model (a file from `rebound train`, or 'built-in').", valueName: "file"))
  var model: String?

  @Flag(name: .long, help: "Score with the rubric alone, without the learned model.")
  var noModel = false

  func validate() throws {
    if noModel && model != nil { throw ValidationError("--model and --no-model cannot be used together") }
  }

  /// The rubric with its learned model: `--model`, else the built-in model when the rubric
  /// is the built-in one (the model was trained over it), unless `--no-model`. Every command
  /// scores this way, so the customer, the debrief, grades and `score` agree.
  func load() throws -> Rubric {
    try load(builtInModelByDefault: rubric == nil)
  }

  private func load(builtInModelByDefault: Bool) throws -> Rubric {
    let rules = try loadRubricAlone()
    if noModel { return rules }
    let loaded: LinearModel?
    switch model {
    case "built-in"?: loaded = try ModelFile.builtIn()
    case let path?: loaded = try ModelFile.read(contentsOf: URL(fileURLWithPath: path), displayName: path)
    case nil: loaded = builtInModelByDefault ? try ModelFile.builtIn() : nil
    }
    if let loaded, loaded.header.rubric != rules.version {
      Console.error(
        "warning: the model \(loaded.version) was trained over rubric \(loaded.header.rubric), not \(rules.source) "
          + "(version \(rules.version)); retrain it with `rebound train` so its rule features match")
    }
    return rules.with(model: loaded)
  }

  /// The rule file alone, for training a model over it.
  func loadRubricAlone() throws -> Rubric {
    guard let rubric else { return try Rubric.builtIn() }
    return try Rubric(contentsOf: URL(fileURLWithPath: rubric), displayName: rubric)
  }
}
