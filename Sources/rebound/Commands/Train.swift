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

    @Option(name: .long, help: ArgumentHelp("Train over this rule file instead of the built-in rubric.", valueName: "file"))
    var rubric: String?

    @Option(name: .long, help: ArgumentHelp("Where scenario files are read from.", valueName: "dir"))
    var scenarios: String = "scenarios"

    func validate() throws {
      guard !corpora.isEmpty else { throw ValidationError("give at least one corpus file to train on") }
      for corpus in corpora where CorpusFile(argument: corpus) == nil {
        throw ValidationError("'\(corpus)': a weight after '=' must be a positive number")
      }
      guard c > 0, c.isFinite else { throw ValidationError("--c must be a positive number") }
      guard ruleScale >= 0, ruleScale.isFinite else { throw ValidationError("--rule-scale must be 0 or more") }
    }

    func run() throws {
      var stderr = StandardError()
      let manifestPath = ModelManifest.path(besideModel: output)
      for path in [output, manifestPath] {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        guard FileManager.default.isWritableFile(atPath: folder) else {
          print("\(path): error: cannot write here (the folder \(folder) does not exist or is not writable); nothing was trained", to: &stderr)
          throw ExitCode.failure
        }
      }
      let started = Date()
      let texts = try self.texts.map { try ReplyTexts(contentsOf: URL(fileURLWithPath: $0), displayName: $0) }
      let corpus = TrainingCorpus.read(corpora.compactMap(CorpusFile.init(argument:)), texts: texts)
      if !corpus.problems.isEmpty {
        for problem in corpus.problems { print(problem, to: &stderr) }
        print("error: \(corpus.problems.count) line(s) could not be read; nothing was trained", to: &stderr)
        throw ExitCode.failure
      }
      let rubric = try self.rubric.map { try Rubric(contentsOf: URL(fileURLWithPath: $0), displayName: $0) } ?? Rubric.builtIn()
      let loader = ScenarioVocabularyLoader(directory: URL(fileURLWithPath: scenarios))
      let cache = ScorerCache(base: try Scorer(rubric: rubric), loader: loader)
      let settings = TrainingSettings(c: c)
      var features = FeatureSet.standard
      features.ruleScale = ruleScale
      let trainer = ModelTrainer(featureSet: features, settings: settings)
      let data = try trainer.train(corpus.examples, rubricVersion: rubric.version, scorerFor: cache.scorer(for:))
      let model = try ModelFile.decode(data, name: output)
      try data.write(to: URL(fileURLWithPath: output), options: .atomic)
      let seconds = Date().timeIntervalSince(started)

      var figures: [ModelManifest.Figures] = []
      for file in measure {
        let measured = try CorpusReader.read(contentsOf: URL(fileURLWithPath: file), displayName: file, texts: texts)
        for problem in measured.problems { print(problem, to: &stderr) }
        let withModel = ScorerCache(base: cache.base.with(model: model), loader: loader)
        figures.append(
          ModelManifest.Figures(
            corpus: file,
            rubricAlone: Evaluation(replies: measured.replies, scorerFor: cache.scorer(for:)),
            withModel: Evaluation(replies: measured.replies, scorerFor: withModel.scorer(for:))))
      }
      let manifest = ModelManifest(
        model: model.version, format: model.header.format, features: model.featureSet, training: settings,
        rubric: rubric.version, trainedOn: corpus.sources,
        texts: try texts.map { texts in
          let data = try Data(contentsOf: URL(fileURLWithPath: texts.source))
          return ModelManifest.TextsSource(file: texts.source, sha256: ModelFile.hexSHA256(data), count: texts.count)
        },
        labelCounts: corpus.labelCounts, replies: corpus.examples.count, figures: figures,
        licence: texts == nil ? nil : ModelManifest.realRepliesLicence)
      try Data(manifest.json.utf8).write(to: URL(fileURLWithPath: manifestPath), options: .atomic)

      print("trained on \(corpus.examples.count) replies from \(corpus.sources.count) file(s) in \(String(format: "%.1f", seconds)) s")
      print("model \(model.version) → \(output); manifest → \(manifestPath)")
      for figure in figures {
        print(
          "\(figure.corpus): macro-F1 \(String(format: "%.3f", figure.withModel.macroF1)) with the model, "
            + "\(String(format: "%.3f", figure.rubricAlone.macroF1)) with the rubric alone (\(figure.replies) replies)")
      }
    }
  }
}
