/// A linear model per label over the features of `FeatureSet`: a reply has a label when
/// `bias + Σ value × weight` is above zero. Every weight can be read back, which is where a
/// learned label's evidence comes from. A model trained on replies annotated for offers
/// (`docs/extras.md`) also has a head for *extra*: whether a reply offers something beyond
/// putting the loss right.
public struct LinearModel: Sendable {
  public let featureSet: FeatureSet
  /// One row per feature index, as bfloat16 bits: the seven labels' weights in guide order,
  /// then the index's inverse document frequency in the last lane.
  let rows: [SIMD8<UInt16>]
  /// The seven labels' biases (lane 7 unused).
  let biases: SIMD8<Float>
  /// The *extra* head, when the model was trained on replies annotated for offers.
  let extra: ConceptHead?
  /// What the model file says of itself: how and on what it was trained.
  public let header: ModelHeader

  static let idfLane = 7
  /// The lane of `margins` that holds the *extra* head's margin (the rows' idf lane, which
  /// no label uses); 0 without the head.
  static let extraLane = 7

  init(featureSet: FeatureSet, rows: [SIMD8<UInt16>], biases: SIMD8<Float>, extra: ConceptHead? = nil, header: ModelHeader) {
    self.featureSet = featureSet
    self.rows = rows
    self.biases = biases
    self.extra = extra
    self.header = header
  }

  /// Whether the model can say if a reply offers something extra.
  public var hasExtraHead: Bool { extra != nil }

  /// The first 16 hex digits of the SHA-256 of the model's weights: what transcripts and
  /// reports name it by.
  public var version: String { header.version }

  func row(_ index: Int) -> SIMD8<Float> { BFloat16.floats(rows[index]) }

  func idf(_ index: Int) -> Float { BFloat16.float(rows[index][Self.idfLane]) }

  func weight(_ index: Int, _ output: ModelOutput) -> Float {
    switch output {
    case .label(let label): BFloat16.float(rows[index][label.index])
    case .extra: extra.map { BFloat16.float($0.weights[index]) } ?? 0
    }
  }

  func weight(_ index: Int, _ label: Label) -> Float { weight(index, .label(label)) }

  func bias(_ label: Label) -> Float { bias(.label(label)) }

  func bias(_ output: ModelOutput) -> Float {
    switch output {
    case .label(let label): biases[label.index]
    case .extra: extra?.bias ?? 0
    }
  }

  /// Each label's margin (above zero: the label applies), lanes in guide order, and the
  /// *extra* head's in `extraLane`.
  /// - Complexity: O(*k*) in the features the reply touched.
  func margins(_ buffer: FeatureBuffer) -> SIMD8<Float> {
    var norms = BlockNorms()
    return margins(buffer, norms: &norms)
  }

  /// The margins, and the lengths the word and byte blocks were divided by.
  func margins(_ buffer: FeatureBuffer, norms: inout BlockNorms) -> SIMD8<Float> {
    var words = SIMD8<Float>(), characters = SIMD8<Float>(), rules = SIMD8<Float>()
    var wordNorm: Float = 0, characterNorm: Float = 0
    // The extra head's sums, block by block, like the labels'.
    var extraWords: Float = 0, extraCharacters: Float = 0, extraRules: Float = 0
    let ruleOffset = featureSet.ruleOffset, charOffset = featureSet.charOffset
    let ruleScale = featureSet.ruleScale
    let extraWeights = extra?.weights ?? []
    let hasExtra = !extraWeights.isEmpty
    buffer.counts.withUnsafeBufferPointer { counts in
      rows.withUnsafeBufferPointer { rows in
        for index32 in buffer.touched {
          let index = Int(index32)
          let row = BFloat16.floats(rows[index])
          let extraWeight = hasExtra ? BFloat16.float(extraWeights[index]) : 0
          if index >= ruleOffset {
            rules += ruleScale * row
            extraRules += ruleScale * extraWeight
            continue
          }
          let value = FeatureWeighting.termWeight(Int(counts[index])) * row[Self.idfLane]
          if index >= charOffset {
            characters += value * row
            characterNorm += value * value
            extraCharacters += value * extraWeight
          } else {
            words += value * row
            wordNorm += value * value
            extraWords += value * extraWeight
          }
        }
      }
    }
    norms = BlockNorms(words: wordNorm.squareRoot(), characters: characterNorm.squareRoot())
    var total = biases + rules
    var extraMargin = (extra?.bias ?? 0) + extraRules
    if norms.words > 0 {
      total += words / norms.words
      extraMargin += extraWords / norms.words
    }
    if norms.characters > 0 {
      total += characters / norms.characters
      extraMargin += extraCharacters / norms.characters
    }
    total[Self.extraLane] = hasExtra ? extraMargin : 0
    return total
  }

  /// What one feature index, seen `count` times, adds to a label's (or the extra head's) margin.
  func contribution(of index: Int, count: Int, to output: ModelOutput, norms: BlockNorms) -> Float {
    let weight = self.weight(index, output)
    switch featureSet.block(of: index) {
    case .rules: return featureSet.ruleScale * weight
    case .words: return norms.words > 0 ? FeatureWeighting.termWeight(count) * idf(index) / norms.words * weight : 0
    case .characters:
      return norms.characters > 0 ? FeatureWeighting.termWeight(count) * idf(index) / norms.characters * weight : 0
    }
  }

  /// What each feature of the reply added to one label's margin, by index: the value
  /// the margin sums, so the contributions and the bias add up to it.
  func contributions(_ buffer: FeatureBuffer, for output: ModelOutput) -> [(index: Int, amount: Float)] {
    let vector = FeatureWeighting.vector(buffer.sortedCounts, set: featureSet, idf: idf)
    return zip(vector.indices, vector.values)
      .map { (Int($0), $1 * weight(Int($0), output)) }
  }
}

/// A head of the model that is not one of the seven labels: its bias and one bfloat16
/// weight per feature index.
struct ConceptHead: Sendable {
  let bias: Float
  let weights: [UInt16]
}

/// What one of the model's outputs decides: a label, or whether a reply offers something extra.
public enum ModelOutput: Hashable, Sendable {
  case label(Label)
  case extra

  /// Its lane in `LinearModel.margins`.
  var lane: Int {
    switch self {
    case .label(let label): label.index
    case .extra: LinearModel.extraLane
    }
  }
}

/// The lengths a reply's word and byte blocks are divided by, so each has unit length.
struct BlockNorms {
  var words: Float = 0
  var characters: Float = 0
}

extension Label {
  /// The label's place in guide order: its lane in a model's rows.
  var index: Int {
    switch self {
    case .acknowledge: 0
    case .communicate: 1
    case .apologize: 2
    case .answer: 3
    case .excuse: 4
    case .blame: 5
    case .rude: 6
    }
  }
}
