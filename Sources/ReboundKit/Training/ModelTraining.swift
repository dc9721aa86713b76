public import Foundation

/// One run of `rebound train`: reads every corpus (and every corpus to measure) first, trains,
/// measures the new model against the rubric alone, and returns the model's bytes with its
/// manifest. Nothing is written here, so a failure at any step leaves no file behind.
public struct ModelTraining: Sendable {
  public var corpora: [CorpusFile]
  public var texts: ReplyTexts?
  public var measure: [String]
  public var rubric: Rubric
  public var scenarios: URL
  public var trainer: ModelTrainer

  public init(corpora: [CorpusFile], texts: ReplyTexts?, measure: [String], rubric: Rubric, scenarios: URL, trainer: ModelTrainer) {
    self.corpora = corpora
    self.texts = texts
    self.measure = measure
    self.rubric = rubric
    self.scenarios = scenarios
    self.trainer = trainer
  }

  public struct Outcome: Sendable {
    public var data: Data
    public var model: LinearModel
    public var manifest: ModelManifest
    public var replies: Int
    public var files: Int
    /// What the trainer should know, though the model was written.
    public var warnings: [String]
  }

  /// Every line that could not be read, training and measuring corpora alike: training does
  /// not start while there is one.
  public struct Unreadable: Error, Sendable {
    public var problems: [LineDiagnostic]
  }

  public func run() throws -> Outcome {
    let corpus = TrainingCorpus.read(corpora, texts: texts)
    var problems = corpus.problems
    var measured: [(file: String, replies: [LabelledReply])] = []
    for file in measure {
      do {
        let result = try CorpusReader.read(contentsOf: URL(fileURLWithPath: file), displayName: file, texts: texts)
        problems += result.problems
        measured.append((file, result.replies))
      } catch let problem as LineDiagnostic {
        problems.append(problem)
      }
    }
    guard problems.isEmpty else { throw Unreadable(problems: problems) }

    let loader = ScenarioVocabularyLoader(directory: scenarios)
    let rules = ScorerCatalog(base: try Scorer(rubric: rubric.with(model: nil)), loader: loader)
    let trained = try trainer.train(corpus.examples, rubricVersion: rubric.version, scorerFor: rules.scorer(for:))
    let data = trained.data
    let model = try ModelFile.decode(data, name: "the new model")
    let learned = ScorerCatalog(base: rules.base.with(model: model), loader: loader)
    let figures = measured.map { file, replies in
      ModelManifest.Figures(
        corpus: file,
        rubricAlone: Evaluation(replies: replies, scorerFor: rules.scorer(for:)),
        withModel: Evaluation(replies: replies, scorerFor: learned.scorer(for:)))
    }
    var manifest = ModelManifest(
      model: model.version, format: model.header.format, features: model.featureSet, training: trainer.settings,
      rubric: rubric.version, trainedOn: corpus.sources,
      texts: texts.map { ModelManifest.TextsSource(file: $0.source, sha256: $0.sha256, count: $0.count) },
      labelCounts: corpus.labelCounts, replies: corpus.examples.count, figures: figures,
      licence: texts == nil ? nil : ModelManifest.realRepliesLicence,
      epochs: Dictionary(uniqueKeysWithValues: zip(Label.allCases.map(\.rawValue), trained.epochs))
        .merging(trained.extraEpochs.map { [ModelHeader.extraConcept: $0] } ?? [:]) { first, _ in first })
    let known = corpus.examples.compactMap(\.reply.offersExtra)
    manifest.extraCounts = ModelManifest.ExtraCounts(
      offersExtra: known.filter { $0 }.count, offersNoExtra: known.filter { !$0 }.count)
    let capped = zip(Label.allCases, trained.epochs).filter { $0.1 >= trainer.settings.maxEpochs }.map(\.0.rawValue)
    var warnings = capped.isEmpty ? [] : [
      "the solver stopped at its limit of \(trainer.settings.maxEpochs) epochs for \(capped.joined(separator: ", ")) before converging; "
        + "the model is usable, but a lower C converges sooner"
    ]
    if !model.hasExtraHead {
      warnings.append(
        "no head for 'extra': it needs at least \(ModelTrainer.extraMinimum) replies annotated as offering something extra and as not "
          + "(\(manifest.extraCounts?.offersExtra ?? 0) and \(manifest.extraCounts?.offersNoExtra ?? 0) here; docs/extras.md); "
          + "extras come from the scenarios' known offers alone")
    }
    return Outcome(
      data: data, model: model, manifest: manifest, replies: corpus.examples.count, files: corpus.sources.count,
      warnings: warnings)
  }
}
