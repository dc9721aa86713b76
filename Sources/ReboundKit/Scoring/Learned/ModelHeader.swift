/// The part of a model file a person can read: the format, the features, how it was trained,
/// and the hash that names it. Written as JSON after the file's magic bytes.
public struct ModelHeader: Sendable, Equatable, Codable {
  /// The model file format; a reader refuses a format it does not know.
  public var format: Int
  public var kind: String
  public var featureSet: FeatureSet
  /// The labels of the rows' lanes, in order.
  public var labels: [String]
  /// The heads after the rows, in order: `["extra"]` when trained on replies annotated for
  /// offers, else none.
  public var concepts: [String]
  /// How the weights were fitted.
  public var training: TrainingSettings
  /// The version of the rubric whose findings were features when it was trained.
  public var rubric: String
  /// The SHA-256 of the weights that follow the header, in hex.
  public var sha256: String

  enum CodingKeys: String, CodingKey {
    case format, kind, labels, concepts, training, rubric, sha256
    case featureSet = "features"
  }

  /// The first 16 hex digits of the weights' hash.
  public var version: String { String(sha256.prefix(16)) }

  public static let currentFormat = 3
  public static let extraConcept = "extra"
  public static let modelKind = "rebound-linear-model"
}

/// The trainer's settings, kept in the model so the same corpus and settings give the same
/// bytes and anyone can see how a model was made.
public struct TrainingSettings: Sendable, Equatable, Codable {
  /// The inverse strength of the L2 penalty (LIBLINEAR's and scikit-learn's `C`).
  public var c: Double
  /// Each class weighted by the inverse of its frequency, as scikit-learn's "balanced".
  public var balanced: Bool
  /// The solver's stopping tolerance on the largest dual gradient.
  public var tolerance: Double
  public var maxEpochs: Int
  /// The seed of the order in which the solver visits replies.
  public var seed: UInt64
  /// How strongly a label's fit reads the rubric's signals, as a factor of `rule_scale` (1
  /// for a label not named). The fit sees the signals times the factor and its rule weights
  /// are stored times the factor, so scoring needs nothing of it. A lower factor makes the
  /// label lean less on the rules and more on the words: *rude* reads them at half strength,
  /// because the rubric's rude phrases cover the training corpora better than new writers'
  /// rudeness (`docs/learned-scorer.md`).
  public var ruleWeights: [String: Double]

  enum CodingKeys: String, CodingKey {
    case c, balanced, tolerance, seed
    case maxEpochs = "max_epochs"
    case ruleWeights = "rule_weights"
  }

  public init(
    c: Double = 10, balanced: Bool = true, tolerance: Double = 0.01, maxEpochs: Int = 200, seed: UInt64 = 20_261_206,
    ruleWeights: [String: Double] = Self.standardRuleWeights
  ) {
    self.c = c
    self.balanced = balanced
    self.tolerance = tolerance
    self.maxEpochs = maxEpochs
    self.seed = seed
    self.ruleWeights = ruleWeights
  }

  /// A model written before rule weights existed read every signal at full strength.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    c = try container.decode(Double.self, forKey: .c)
    balanced = try container.decode(Bool.self, forKey: .balanced)
    tolerance = try container.decode(Double.self, forKey: .tolerance)
    maxEpochs = try container.decode(Int.self, forKey: .maxEpochs)
    seed = try container.decode(UInt64.self, forKey: .seed)
    ruleWeights = try container.decodeIfPresent([String: Double].self, forKey: .ruleWeights) ?? [:]
  }

  public static let standard = TrainingSettings()
  public static let standardRuleWeights = [Label.rude.rawValue: 0.5]
  /// The factors a label's rule weight may take: 0 reads no signal at all.
  public static let ruleWeightRange = 0.0...10.0

  /// The factor of `label`'s rubric signals.
  public func ruleWeight(for label: Label) -> Double { ruleWeights[label.rawValue] ?? 1 }

  /// Why these settings cannot train, or nil when they can.
  public var ruleWeightProblem: String? {
    for (name, factor) in ruleWeights.sorted(by: { $0.key < $1.key }) {
      guard Label(rawValue: name) != nil else {
        return "a rule weight names '\(name)', which is not a label (\(Label.allCases.map(\.rawValue).joined(separator: ", ")))"
      }
      guard factor.isFinite, Self.ruleWeightRange.contains(factor) else {
        return "the rule weight of '\(name)' must be from \(Self.ruleWeightRange.lowerBound) to \(Self.ruleWeightRange.upperBound), not \(factor)"
      }
    }
    return nil
  }

  /// The values of C, and of a corpus file's weight, that train a usable model.
  public static let costRange = 1e-4...1e4
  public static let weightRange = 1e-3...1e3
}
