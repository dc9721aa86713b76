extension Scorer {
  /// Keeps the findings of labels whose weight reaches the threshold and writes their evidence.
  func verdict(text: String, findings: [WorkingFinding]) -> Verdict {
    let labelCount = Int32(Label.allCases.count)
    var weights = Array(repeating: 0.0, count: Label.allCases.count)
    for f in findings where f.name < labelCount { weights[Int(f.name)] += f.weight }
    let labels = Label.allCases.enumerated().filter { weights[$0.offset] >= compiled.threshold - 1e-9 }.map(\.element)
    let cues = cueNames(in: findings, labelCount: labelCount)
    guard !labels.isEmpty else { return Verdict(text: text, findings: [], labels: [], cues: cues) }

    var applied = Array(repeating: false, count: Label.allCases.count)
    for label in labels { applied[Int(compiled.labelIndex(label))] = true }
    let kept = findings.filter { $0.name < labelCount && applied[Int($0.name)] }
    let slicer = ScalarSlicer(text: text, offsets: kept.flatMap { $0.spans.flatMap { [$0.start, $0.end] } })
    let public_ = kept.map { f -> Finding in
      let evidence = f.spans.map { slicer.slice($0) }.joined(separator: " … ")
      let ruleID: String
      let explanation: String
      if f.source >= 0 {
        let rule = compiled.rules[Int(f.source)]
        ruleID = rule.id
        explanation = f.explanation ?? rule.explanation
      } else {
        let structure = compiled.structures[Int(-1 - f.source)]
        ruleID = structure.id
        explanation = f.explanation ?? structure.explanation
      }
      return Finding(
        label: Label.allCases[Int(f.name)], evidence: evidence, spans: f.spans, rule: ruleID,
        explanation: "'\(evidence)' — \(explanation)", weight: f.weight)
    }
    return Verdict(text: text, findings: public_, labels: labels, cues: cues)
  }

  private func cueNames(in findings: [WorkingFinding], labelCount: Int32) -> [String] {
    var names: [String] = []
    for f in findings where f.name >= labelCount {
      let name = compiled.names[Int(f.name)]
      if !names.contains(name) { names.append(name) }
    }
    return names.sorted()
  }
}

/// Cuts a string at Unicode-scalar offsets, walking it once for all the offsets it needs.
struct ScalarSlicer {
  private let scalars: String.UnicodeScalarView
  private var offsets: [Int] = []
  private var indices: [String.Index] = []

  init(text: String, offsets wanted: [Int]) {
    scalars = text.unicodeScalars
    let sorted = wanted.sorted()
    var offset = 0
    var index = scalars.startIndex
    for target in sorted where offsets.last != target {
      while offset < target && index < scalars.endIndex {
        index = scalars.index(after: index)
        offset += 1
      }
      guard offset == target else { break }
      offsets.append(target)
      indices.append(index)
    }
  }

  private func index(of offset: Int) -> String.Index? {
    var lo = 0, hi = offsets.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if offsets[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < offsets.count && offsets[lo] == offset ? indices[lo] : nil
  }

  func slice(_ span: TextSpan) -> String {
    guard let start = index(of: span.start), let end = index(of: span.end), start <= end else { return "" }
    return String(scalars[start..<end])
  }
}
