/// What the learned layer reads from a reply, written into every model file so that a model
/// is always scored with the features it was trained on.
///
/// Three blocks of hashed features share one index space: word n-grams (with sentence,
/// question and clause marks as words), byte n-grams inside each word, and the rubric's
/// findings (the labels it gave, its cues and the ids of the rules that fired).
public struct FeatureSet: Sendable, Equatable, Codable {
  /// The extractor's own version: bump it whenever the same text would give other features.
  public var extractorVersion: Int
  /// Buckets for word n-grams (a power of two).
  public var wordBuckets: Int
  /// The longest word n-gram.
  public var wordNgrams: Int
  /// Buckets for byte n-grams inside words (a power of two).
  public var charBuckets: Int
  /// The shortest and longest byte n-gram (the word is padded with a space on each side).
  public var charNgramsFrom: Int
  public var charNgramsTo: Int
  /// Buckets for the rubric's findings (a power of two).
  public var ruleBuckets: Int
  /// The value of a rubric finding's feature: lower makes the model lean less on the rules.
  public var ruleScale: Float

  enum CodingKeys: String, CodingKey {
    case extractorVersion = "extractor_version"
    case wordBuckets = "word_buckets"
    case wordNgrams = "word_ngrams"
    case charBuckets = "char_buckets"
    case charNgramsFrom = "char_ngrams_from"
    case charNgramsTo = "char_ngrams_to"
    case ruleBuckets = "rule_buckets"
    case ruleScale = "rule_scale"
  }

  /// The features the bundled model uses.
  public static let standard = FeatureSet(
    extractorVersion: FeatureExtractor.version, wordBuckets: 1 << 15, wordNgrams: 3, charBuckets: 1 << 15,
    charNgramsFrom: 3, charNgramsTo: 5, ruleBuckets: 1 << 12, ruleScale: 0.1)

  /// Every index a feature can take: the three blocks one after another.
  public var dimension: Int { wordBuckets + charBuckets + ruleBuckets }

  var charOffset: Int { wordBuckets }
  var ruleOffset: Int { wordBuckets + charBuckets }

  /// Which block an index falls in.
  func block(of index: Int) -> FeatureBlock {
    index < charOffset ? .words : index < ruleOffset ? .characters : .rules
  }

  /// Why a feature set cannot be used, or nil when it can.
  var problem: String? {
    for (name, value) in [("word_buckets", wordBuckets), ("char_buckets", charBuckets), ("rule_buckets", ruleBuckets)]
    where value < 2 || value > 1 << 22 || value & (value - 1) != 0 {
      return "\(name) must be a power of two from 2 to 4194304, not \(value)"
    }
    guard (1...5).contains(wordNgrams) else { return "word_ngrams must be 1 to 5, not \(wordNgrams)" }
    guard charNgramsFrom >= 1, charNgramsFrom <= charNgramsTo, charNgramsTo <= 8 else {
      return "char n-grams must run from 1 to 8 bytes, not \(charNgramsFrom)–\(charNgramsTo)"
    }
    guard ruleScale.isFinite, ruleScale >= 0, ruleScale <= 100 else { return "rule_scale must be from 0 to 100" }
    guard extractorVersion == FeatureExtractor.version else {
      return "extractor_version \(extractorVersion) is not this Rebound's (\(FeatureExtractor.version)); retrain the model with `rebound train`"
    }
    return nil
  }
}

/// The three kinds of feature, each normalised on its own.
enum FeatureBlock: Int, CaseIterable {
  case words, characters, rules
}
