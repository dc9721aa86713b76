public import Foundation

/// Trains the learned layer: reads every reply's features (its words and what the rubric
/// found in it), weighs them, and fits one logistic regression per label, on every core.
public struct ModelTrainer: Sendable {
  public var featureSet: FeatureSet
  public var settings: TrainingSettings

  public init(featureSet: FeatureSet = .standard, settings: TrainingSettings = .standard) {
    self.featureSet = featureSet
    self.settings = settings
  }

  /// One reply to learn from, and how much it counts (1 unless a corpus is given more weight).
  public struct Example: Sendable {
    public var reply: LabelledReply
    public var weight: Double

    public init(reply: LabelledReply, weight: Double = 1) {
      self.reply = reply
      self.weight = weight
    }
  }

  /// A trained model's bytes, and how many epochs the solver took for each label.
  public struct TrainedModel: Sendable {
    public var data: Data
    /// Epochs per label, in guide order; one equal to `settings.maxEpochs` stopped at the cap.
    public var epochs: [Int]
    /// Epochs of the extra head, when it was trained.
    public var extraEpochs: Int?
  }

  /// The fewest replies annotated as offering something extra, and as not, for the model to
  /// have an extra head; with fewer, extras come from the scenarios' known offers alone.
  public static let extraMinimum = 20

  /// The model file's bytes: the same examples and settings give the same bytes.
  /// - Parameters:
  ///   - examples: the labelled replies, in corpus order.
  ///   - rubricVersion: the version of the rubric whose findings are features.
  ///   - scorerFor: the rubric's scorer for a reply's scenario (its model, if any, is not used).
  public func train(_ examples: [Example], rubricVersion: String, scorerFor: (String?) -> Scorer) throws(TrainingError) -> TrainedModel {
    if let problem = featureSet.problem { throw TrainingError.badSettings(problem) }
    if let problem = settings.ruleWeightProblem { throw TrainingError.badSettings(problem) }
    guard TrainingSettings.costRange.contains(settings.c) else {
      throw TrainingError.badSettings("C must be from \(TrainingSettings.costRange.lowerBound) to \(TrainingSettings.costRange.upperBound)")
    }
    for example in examples where !TrainingSettings.weightRange.contains(example.weight) {
      throw TrainingError.badSettings(
        "a corpus weight must be from \(TrainingSettings.weightRange.lowerBound) to \(TrainingSettings.weightRange.upperBound), not \(example.weight)")
    }
    guard !examples.isEmpty else { throw TrainingError.noExamples }
    for label in Label.allCases {
      let positives = examples.filter { $0.reply.labels.contains(label) }.count
      if positives == 0 || positives == examples.count {
        throw TrainingError.oneClass(label, positives: positives, count: examples.count)
      }
    }
    let counts = featureCounts(examples, scorerFor: scorerFor)
    // The idf as the model file will hold it (bfloat16), so training and scoring weigh every
    // feature alike.
    let idf = inverseDocumentFrequencies(counts).map { BFloat16.float(BFloat16.bits($0)) }
    let vectors = counts.map { FeatureWeighting.vector($0, set: featureSet, idf: { idf[$0] }) }

    let labels = Label.allCases
    // The extra head learns from the replies whose answer is known (docs/extras.md): those
    // annotated for offers, and those with no answer at all.
    let extraKnown = examples.indices.filter { examples[$0].reply.offersExtra != nil }
    let extraPositives = extraKnown.filter { examples[$0].reply.offersExtra == true }.count
    let trainsExtra = extraPositives >= Self.extraMinimum && extraKnown.count - extraPositives >= Self.extraMinimum
    let results = FitResults(count: labels.count + 1)
    let solver = LogisticRegression(tolerance: settings.tolerance, maxEpochs: settings.maxEpochs)
    DispatchQueue.concurrentPerform(iterations: labels.count + (trainsExtra ? 1 : 0)) { k in
      let fit: LogisticRegression.Fit
      var rng = SeededRandom(seed: settings.seed &+ UInt64(k))
      if k < labels.count {
        let label = labels[k]
        let positive = examples.map { $0.reply.labels.contains(label) }
        let cost = costs(examples, positive: positive)
        // The label's fit sees the rubric's signals times its rule weight; its rule weights
        // are stored times the same factor, so that scoring at `rule_scale` gives the
        // margins the fit saw.
        let factor = settings.ruleWeight(for: label)
        let input = factor == 1 ? vectors : vectors.map { $0.scaling(from: featureSet.ruleOffset, by: Float(factor)) }
        var labelFit = solver.fit(input, positive: positive, cost: cost, dimension: featureSet.dimension, using: &rng)
        if factor != 1 {
          for index in featureSet.ruleOffset..<featureSet.dimension { labelFit.weights[index] *= factor }
        }
        fit = labelFit
      } else {
        let known = extraKnown.map { examples[$0] }
        let positive = known.map { $0.reply.offersExtra == true }
        let cost = costs(known, positive: positive)
        // The extra head reads the reply's words only: the rubric's findings (an *answer*
        // rule on every offer) pulled it toward remedies on held-out offers.
        let words = extraKnown.map { vectors[$0].keeping(below: featureSet.ruleOffset) }
        fit = solver.fit(words, positive: positive, cost: cost, dimension: featureSet.dimension, using: &rng)
      }
      results.store(fit, at: k)
    }
    let fits = Array(results.fits.prefix(labels.count))
    let extraFit = trainsExtra ? results.fits[labels.count] : nil

    for (k, fit) in fits.enumerated() {
      guard let fit, fit.bias.isFinite, fit.weights.allSatisfy(\.isFinite) else {
        throw TrainingError.diverged(labels[k].rawValue)
      }
    }
    if let extraFit, !(extraFit.bias.isFinite && extraFit.weights.allSatisfy(\.isFinite)) {
      throw TrainingError.diverged(ModelHeader.extraConcept)
    }
    var rows = [SIMD8<Float>](repeating: SIMD8(), count: featureSet.dimension)
    var biases = SIMD8<Float>()
    for (k, fit) in fits.enumerated() {
      guard let fit else { continue }
      biases[k] = Float(fit.bias)
      for index in 0..<featureSet.dimension { rows[index][k] = Float(fit.weights[index]) }
    }
    for index in 0..<featureSet.dimension { rows[index][LinearModel.idfLane] = idf[index] }
    let extra = extraFit.map { fit in (bias: Float(fit.bias), weights: fit.weights.map { Float($0) }) }
    let data = ModelFile.encode(
      featureSet: featureSet, rows: rows, biases: biases, extra: extra, training: settings, rubric: rubricVersion)
    return TrainedModel(data: data, epochs: fits.map { $0?.epochs ?? 0 }, extraEpochs: extraFit?.epochs)
  }

  /// Each reply's feature counts, sorted by index, read with the same extractor as scoring.
  private func featureCounts(_ examples: [Example], scorerFor: (String?) -> Scorer) -> [[(index: Int, count: Int)]] {
    let extractor = FeatureExtractor(set: featureSet)
    var workspace = Scorer.Workspace()
    var buffer = FeatureBuffer(dimension: featureSet.dimension)
    var scanner = ReplyScanner()
    return examples.map { example in
      let rules = scorerFor(example.reply.scenario).ruleVerdict(example.reply.text, using: &workspace)
      extractor.extract(example.reply.text, signals: RuleSignals(rules), into: &buffer, scanner: &scanner)
      return buffer.sortedCounts
    }
  }

  /// The idf of every word and byte n-gram index over the training replies; 1 for the
  /// rubric's signals, and 0 for indices no training reply touched: a feature the model has
  /// never seen has no weight, so it should not dilute the ones it has.
  private func inverseDocumentFrequencies(_ counts: [[(index: Int, count: Int)]]) -> [Float] {
    var documents = [Int](repeating: 0, count: featureSet.dimension)
    for reply in counts { for (index, _) in reply { documents[index] += 1 } }
    return (0..<featureSet.dimension).map { index in
      if featureSet.block(of: index) == .rules { return 1 }
      return documents[index] == 0 ? 0 : FeatureWeighting.idf(documents: counts.count, withFeature: documents[index])
    }
  }

  /// Each reply's `C`: the penalty's inverse strength, times its class's balancing weight
  /// (`n / (2 × n_class)`) when balanced, times the reply's own weight.
  private func costs(_ examples: [Example], positive: [Bool]) -> [Double] {
    let total = examples.reduce(0) { $0 + $1.weight }
    let positiveTotal = zip(examples, positive).reduce(0) { $0 + ($1.1 ? $1.0.weight : 0) }
    let negativeTotal = total - positiveTotal
    return zip(examples, positive).map { example, isPositive in
      let classWeight = settings.balanced ? total / (2 * (isPositive ? positiveTotal : negativeTotal)) : 1
      return settings.c * classWeight * example.weight
    }
  }
}

/// The labels' fits as the solver threads finish them.
///
/// `@unchecked Sendable` is safe: `fits` is only read or written while `lock` is held, and
/// each thread writes its own slot.
private final class FitResults: @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [LogisticRegression.Fit?]

  init(count: Int) { stored = Array(repeating: nil, count: count) }

  func store(_ fit: LogisticRegression.Fit, at index: Int) { lock.withLock { stored[index] = fit } }

  var fits: [LogisticRegression.Fit?] { lock.withLock { stored } }
}

/// Why a model could not be trained.
public enum TrainingError: Error, Equatable, CustomStringConvertible, LocalizedError {
  case noExamples
  case oneClass(Label, positives: Int, count: Int)
  case badSettings(String)
  /// The label (or concept) whose fit did not give finite weights.
  case diverged(String)

  public var description: String {
    switch self {
    case .noExamples: "no labelled reply to train on"
    case let .oneClass(label, positives, count):
      "every label needs replies with it and without it; '\(label.rawValue)' is on \(positives) of \(count) replies (train your own replies together with the bundled corpus, corpus/dev.jsonl)"
    case let .badSettings(problem): problem
    case let .diverged(name): "the fit for '\(name)' did not give finite weights; lower C or the corpus weights"
    }
  }

  public var errorDescription: String? { description }
}
