import Foundation

/// What a trained model was made from and how well it does: written beside the model file
/// as JSON, for people and tools. The model's own bytes never depend on it.
public struct ModelManifest: Sendable, Codable, Equatable {
  /// This manifest's own layout; bumped when a key changes meaning.
  public var schemaVersion = 1
  public var model: String
  public var format: Int
  public var features: FeatureSet
  public var training: TrainingSettings
  public var rubric: String
  public var trainedOn: [TrainingCorpus.Source]
  public var texts: TextsSource?
  public var labelCounts: [String: Int]
  public var replies: Int
  /// Figures on each corpus measured after training: the rubric alone and with the model.
  public var figures: [Figures]
  public var licence: String?
  /// The solver's epochs for each label (and for `extra`, when it was trained).
  public var epochs: [String: Int]
  /// How many training replies were known to offer something extra, and known not to.
  public var extraCounts: ExtraCounts?

  public struct ExtraCounts: Sendable, Codable, Equatable {
    public var offersExtra: Int
    public var offersNoExtra: Int

    enum CodingKeys: String, CodingKey {
      case offersExtra = "offers_extra"
      case offersNoExtra = "offers_no_extra"
    }
  }

  public init(
    model: String, format: Int, features: FeatureSet, training: TrainingSettings, rubric: String,
    trainedOn: [TrainingCorpus.Source], texts: TextsSource?, labelCounts: [String: Int], replies: Int,
    figures: [Figures], licence: String?, epochs: [String: Int]
  ) {
    self.model = model
    self.format = format
    self.features = features
    self.training = training
    self.rubric = rubric
    self.trainedOn = trainedOn
    self.texts = texts
    self.labelCounts = labelCounts
    self.replies = replies
    self.figures = figures
    self.licence = licence
    self.epochs = epochs
  }

  public struct TextsSource: Sendable, Codable, Equatable {
    public var file: String
    public var sha256: String
    public var count: Int

    public init(file: String, sha256: String, count: Int) {
      self.file = file
      self.sha256 = sha256
      self.count = count
    }
  }

  public struct Figures: Sendable, Codable, Equatable {
    public var corpus: String
    public var replies: Int
    public var rubricAlone: Scores
    public var withModel: Scores

    enum CodingKeys: String, CodingKey {
      case corpus, replies
      case rubricAlone = "rubric_alone"
      case withModel = "with_model"
    }

    public init(corpus: String, rubricAlone: Evaluation, withModel: Evaluation) {
      self.corpus = corpus
      replies = withModel.count
      self.rubricAlone = Scores(rubricAlone)
      self.withModel = Scores(withModel)
    }
  }

  public struct Scores: Sendable, Codable, Equatable {
    public var macroF1: Double
    public var f1: [String: Double]
    /// Precision and recall of *extra*, on a corpus annotated for offers.
    public var extra: ExtraScores?

    enum CodingKeys: String, CodingKey {
      case macroF1 = "macro_f1"
      case f1, extra
    }

    init(_ evaluation: Evaluation) {
      macroF1 = Self.rounded(evaluation.macroF1)
      f1 = Dictionary(uniqueKeysWithValues: evaluation.labels.map { ($0.key.rawValue, Self.rounded($0.value.f1)) })
      extra = evaluation.extra.map {
        ExtraScores(precision: Self.rounded($0.precision), recall: Self.rounded($0.recall), support: $0.support)
      }
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
  }

  public struct ExtraScores: Sendable, Codable, Equatable {
    public var precision: Double
    public var recall: Double
    public var support: Int
  }

  enum CodingKeys: String, CodingKey {
    case model, format, features, training, rubric, texts, replies, figures, licence, epochs
    case schemaVersion = "schema_version"
    case trainedOn = "trained_on"
    case labelCounts = "label_counts"
    case extraCounts = "extra_counts"
  }

  /// The licence note for replies joined from a texts file that is not ours.
  public static let realRepliesLicence = """
    Replies joined by id from the texts file are real agent replies from the public "Customer \
    Support on Twitter" data set (2017), licensed CC BY-NC-SA 4.0 (non-commercial, share-alike). \
    Only their ids and our labels are kept in the project; the model's weights are derived from them.
    """

  /// `model.json` beside `model.bin`: the model's path with its extension replaced.
  public static func path(besideModel model: String) -> String {
    let url = URL(fileURLWithPath: model)
    let base = url.pathExtension.isEmpty ? model : String(model.dropLast(url.pathExtension.count + 1))
    return base + ".json"
  }

  public var json: String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
    return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self) + "\n"
  }
}
