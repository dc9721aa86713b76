import Foundation

/// L2-regularised logistic regression fitted by dual coordinate descent, as LIBLINEAR's
/// `solve_l2r_lr_dual` (Yu, Huang and Lin, 2011), with the bias as a regularised feature of
/// value 1. Deterministic: the replies are visited in an order drawn from a seeded generator,
/// and every sum runs in a fixed order, so the same input gives the same weights.
struct LogisticRegression {
  var tolerance: Double
  var maxEpochs: Int

  struct Fit {
    var weights: [Double]
    var bias: Double
    var epochs: Int
  }

  /// Fits one label.
  /// - Parameters:
  ///   - vectors: the replies' features.
  ///   - positive: whether each reply has the label.
  ///   - cost: each reply's `C` (its class weight times the penalty's inverse strength).
  ///   - dimension: the number of feature indices.
  ///   - rng: the generator that orders each epoch.
  /// - Complexity: O(*epochs* × total non-zero features).
  func fit(
    _ vectors: [SparseVector], positive: [Bool], cost: [Double], dimension: Int,
    using rng: inout SeededRandom
  ) -> Fit {
    let count = vectors.count
    var weights = [Double](repeating: 0, count: dimension)
    var bias = 0.0
    var alpha = [Double](repeating: 0, count: 2 * count)
    var squaredNorms = [Double](repeating: 1, count: count)
    for i in 0..<count {
      let c = cost[i]
      alpha[2 * i] = min(0.001 * c, 1e-8)
      alpha[2 * i + 1] = c - alpha[2 * i]
      let y = positive[i] ? 1.0 : -1.0
      let step = y * alpha[2 * i]
      for (index, value) in zip(vectors[i].indices, vectors[i].values) {
        weights[Int(index)] += step * Double(value)
        squaredNorms[i] += Double(value) * Double(value)
      }
      bias += step
    }
    var order = Array(0..<count)
    var innerTolerance = 1e-2
    let innerToleranceFloor = min(1e-8, tolerance)
    let maxInner = 100
    var epochs = 0
    while epochs < maxEpochs {
      epochs += 1
      // Fisher–Yates with our own index draw: the standard library's shuffle may change.
      for k in stride(from: count - 1, to: 0, by: -1) { order.swapAt(k, rng.index(below: k + 1)) }
      var largestGradient = 0.0
      var newtonSteps = 0
      for i in order {
        let c = cost[i]
        let y = positive[i] ? 1.0 : -1.0
        let vector = vectors[i]
        var dot = bias
        for (index, value) in zip(vector.indices, vector.values) { dot += weights[Int(index)] * Double(value) }
        let a = squaredNorms[i], b = y * dot
        var first = 2 * i, second = 2 * i + 1, sign = 1.0
        if 0.5 * a * (alpha[second] - alpha[first]) + b < 0 {
          swap(&first, &second)
          sign = -1
        }
        let old = alpha[first]
        var z = old
        if c - z < 0.5 * c { z *= 0.1 }
        var gradient = a * (z - old) + sign * b + log(z / (c - z))
        largestGradient = max(largestGradient, abs(gradient))
        var inner = 0
        while inner <= maxInner {
          if abs(gradient) < innerTolerance { break }
          let curvature = a + c / (c - z) / z
          let next = z - gradient / curvature
          z = next <= 0 ? z * 0.1 : next
          gradient = a * (z - old) + sign * b + log(z / (c - z))
          newtonSteps += 1
          inner += 1
        }
        guard inner > 0 else { continue }
        alpha[first] = z
        alpha[second] = c - z
        let step = sign * (z - old) * y
        for (index, value) in zip(vector.indices, vector.values) { weights[Int(index)] += step * Double(value) }
        bias += step
      }
      if largestGradient < tolerance { break }
      if newtonSteps <= count / 10 { innerTolerance = max(innerToleranceFloor, 0.1 * innerTolerance) }
    }
    return Fit(weights: weights, bias: bias, epochs: epochs)
  }
}
