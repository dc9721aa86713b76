import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Train the scorer's learned layer on labelled replies and write a model file.",
      discussion: """
        Each CORPUS is JSON Lines in the format `rebound eval` reads; a line may hold only an \
        "id" and "labels" when --texts names a file with the texts by id. Give a file a weight \
        with PATH=W (its replies count W times). Every line must be well formed: a bad line is \
        reported as FILE:LINE and nothing is trained. The same corpora and settings give a \
        byte-identical model. A manifest (what it was trained on, label counts, and the figures \
        on each --measure corpus) is written beside the model as MODEL's name with .json.

        Examples:
          rebound train corpus/dev.jsonl my-replies.jsonl --output my-model.bin --measure corpus/test.jsonl
          rebound score --model my-model.bin "Our supplier sets those prices."
        """
    )

    @Argument(help: ArgumentHelp("Labelled corpus files (.jsonl), each PATH or PATH=WEIGHT.", valueName: "corpus"))
    var corpora: [String]

    @Option(name: .long, help: ArgumentHelp("Where to write the model.", valueName: "file"))
    var output: String

    @Option(name: .long, help: ArgumentHelp("Read texts by id from this JSON Lines file ({\"id\", \"text\"} a line).", valueName: "file"))
    var texts: String?

    @Option(name: .long, help: ArgumentHelp("Measure the new model on this corpus for the manifest (repeatable).", valueName: "file"))
    var measure: [String] = []

    @Option(name: .customLong("c"), help: ArgumentHelp("The inverse strength of the L2 penalty.", valueName: "number"))
    var c: Double = TrainingSettings.standard.c

    @Option(name: .long, help: ArgumentHelp("The value of a rubric finding's feature: lower leans less on the rules.", valueName: "number"))
    var ruleScale: Float = FeatureSet.standard.ruleScale

    @Option(
      name: .long,
      help: ArgumentHelp(
        "How strongly one label reads the rubric's signals, as a factor of --rule-scale (repeatable; default rude=0.5, others 1).",
        valueName: "label=factor"))
    var ruleWeight: [String] = []

    @Option(name: .long, help: ArgumentHelp("Train over this rule file instead of the built-in rubric.", valueName: "file"))
    var rubric: String?

    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
      guard !corpora.isEmpty else { throw ValidationError("give at least one corpus file to train on") }
      for corpus in corpora where CorpusFile(argument: corpus) == nil {
        throw ValidationError("'\(corpus)': a weight after '=' must be a positive number")
      }
      guard TrainingSettings.costRange.contains(c) else {
        throw ValidationError("--c must be from \(TrainingSettings.costRange.lowerBound) to \(TrainingSettings.costRange.upperBound)")
      }
      for corpus in corpora {
        if let weight = CorpusFile(argument: corpus)?.weight, !TrainingSettings.weightRange.contains(weight) {
          throw ValidationError("'\(corpus)': a weight must be from \(TrainingSettings.weightRange.lowerBound) to \(TrainingSettings.weightRange.upperBound)")
        }
      }
      guard URL(fileURLWithPath: output).pathExtension != "json" else {
        throw ValidationError("--output '\(output)': the manifest is written beside the model as .json; name the model .bin")
      }
      guard ruleScale >= 0, ruleScale <= 100 else { throw ValidationError("--rule-scale must be from 0 to 100") }
      if let problem = try settings().ruleWeightProblem { throw ValidationError("--rule-weight: \(problem)") }
    }

    /// The solver's settings: C, and the standard rule weights with any given here in place.
    private func settings() throws -> TrainingSettings {
      var weights = TrainingSettings.standardRuleWeights
      for argument in ruleWeight {
        let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let factor = Double(parts[1]) else {
          throw ValidationError("--rule-weight '\(argument)': expected LABEL=FACTOR, like rude=0.5")
        }
        weights[parts[0]] = factor
      }
      return TrainingSettings(c: c, ruleWeights: weights)
    }

    func run() throws {
      var stderr = StandardError()
      let manifestPath = ModelManifest.path(besideModel: output)
      for path in [output, manifestPath] {
        let url = URL(fileURLWithPath: path)
        var isFolder: ObjCBool = false
        let folder = url.deletingLastPathComponent().path
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
          print("\(path): error: a folder; --output names the model file to write; nothing was trained", to: &stderr)
          throw ExitCode.failure
        }
        guard FileManager.default.isWritableFile(atPath: folder) else {
          print("\(path): error: cannot write here (the folder \(folder) does not exist or is not writable); nothing was trained", to: &stderr)
          throw ExitCode.failure
        }
      }
      let started = Date()
      var features = FeatureSet.standard
      features.ruleScale = ruleScale
      let training = ModelTraining(
        corpora: corpora.compactMap(CorpusFile.init(argument:)),
        texts: try texts.map { try ReplyTexts(contentsOf: URL(fileURLWithPath: $0), displayName: $0) },
        measure: measure,
        rubric: try rubric.map { try Rubric(contentsOf: URL(fileURLWithPath: $0), displayName: $0) } ?? Rubric.builtIn(),
        scenarios: URL(fileURLWithPath: scenarios.path),
        trainer: ModelTrainer(featureSet: features, settings: try settings()))
      let outcome: ModelTraining.Outcome
      do {
        outcome = try training.run()
      } catch let unreadable as ModelTraining.Unreadable {
        for problem in unreadable.problems { print(problem, to: &stderr) }
        print("error: \(unreadable.problems.count) line(s) could not be read; nothing was trained", to: &stderr)
        throw ExitCode.failure
      }
      do {
        try outcome.data.write(to: URL(fileURLWithPath: output), options: .atomic)
        try Data(outcome.manifest.json.utf8).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)
      } catch {
        print("\(output): error: cannot write the model or its manifest (\(error.localizedDescription))", to: &stderr)
        throw ExitCode.failure
      }
      let seconds = Date().timeIntervalSince(started)
      print("trained on \(outcome.replies) replies from \(outcome.files) file(s) in \(String(format: "%.1f", seconds)) s")
      print("model \(outcome.model.version) → \(output); manifest → \(manifestPath)")
      for warning in outcome.warnings { print("warning: \(warning)", to: &stderr) }
      for figure in outcome.manifest.figures {
        print(
          "\(figure.corpus): macro-F1 \(String(format: "%.3f", figure.withModel.macroF1)) with the model, "
            + "\(String(format: "%.3f", figure.rubricAlone.macroF1)) with the rubric alone (\(figure.replies) replies)")
      }
    }
  }
}
