import Foundation

/// How counts become values, shared by training and scoring: a word or byte n-gram counts
/// `(1 + ln count) × idf`, and each of those two blocks is scaled to unit length; a rubric
/// signal counts `ruleScale`, unscaled.
enum FeatureWeighting {
  /// `1 + ln(count)` for the counts a reply can hold, so scoring calls no logarithm.
  static let sublinear: [Float] = (0...256).map { $0 == 0 ? 0 : 1 + Float(log(Double($0))) }

  static func termWeight(_ count: Int) -> Float {
    count < sublinear.count ? sublinear[count] : 1 + Float(log(Double(count)))
  }

  /// Smoothed inverse document frequency, as scikit-learn computes it:
  /// `ln((1 + documents) / (1 + documents with the feature)) + 1`.
  static func idf(documents: Int, withFeature: Int) -> Float {
    Float(log(Double(1 + documents) / Double(1 + withFeature)) + 1)
  }

  /// The weighted, normalised vector of one reply's counts (sorted by index).
  static func vector(
    _ counts: [(index: Int, count: Int)], set: FeatureSet, idf: (Int) -> Float
  ) -> SparseVector {
    var values: [Float] = []
    values.reserveCapacity(counts.count)
    var norms = [Float](repeating: 0, count: FeatureBlock.allCases.count)
    for (index, count) in counts {
      let block = set.block(of: index)
      let value: Float = block == .rules ? set.ruleScale : termWeight(count) * idf(index)
      values.append(value)
      if block != .rules { norms[block.rawValue] += value * value }
    }
    for (k, (index, _)) in counts.enumerated() {
      let block = set.block(of: index)
      guard block != .rules else { continue }
      let norm = norms[block.rawValue].squareRoot()
      if norm > 0 { values[k] /= norm }
    }
    return SparseVector(indices: counts.map { Int32($0.index) }, values: values)
  }
}

/// A reply's features as parallel arrays of indices and values.
struct SparseVector: Sendable, Equatable {
  var indices: [Int32]
  var values: [Float]
}

extension SparseVector {
  /// The same vector with only the indices below `limit` (the word and byte blocks, when
  /// `limit` is the rubric block's offset).
  /// The same vector with the values at `start` and above (the rubric block) times `factor`.
  func scaling(from start: Int, by factor: Float) -> SparseVector {
    SparseVector(indices: indices, values: zip(indices, values).map { Int($0) >= start ? $1 * factor : $1 })
  }

  func keeping(below limit: Int) -> SparseVector {
    let kept = indices.indices.filter { Int(indices[$0]) < limit }
    return SparseVector(indices: kept.map { indices[$0] }, values: kept.map { values[$0] })
  }
}
