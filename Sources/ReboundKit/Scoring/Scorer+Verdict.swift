extension Scorer {
  /// Keeps the findings of labels whose weight reaches the threshold and writes their evidence.
  func verdict(text: String, findings: [WorkingFinding]) -> Verdict {
    let allLabels = Label.allCases
    let labelCount = Int32(allLabels.count)
    var weights = Array(repeating: 0.0, count: allLabels.count)
    for f in findings where f.name < labelCount { weights[Int(f.name)] += f.weight }
    let threshold = compiled.threshold - 1e-9
    let labels = allLabels.indices.filter { weights[$0] >= threshold }.map { allLabels[$0] }
    let cues = cueNames(in: findings, labelCount: labelCount)
    let extra = extraFinding(text: text, findings: findings)
    guard !labels.isEmpty else { return Verdict(text: text, findings: [], labels: [], cues: cues, extra: extra) }

    let kept = findings.filter { $0.name < labelCount && weights[Int($0.name)] >= threshold }
    let keptSpans = kept.map(\.spans)
    var offsets: [Int] = []
    offsets.reserveCapacity(2 * kept.count)
    for spans in keptSpans {
      for span in spans {
        offsets.append(span.start)
        offsets.append(span.end)
      }
    }
    let slicer = ScalarSlicer(text: text, offsets: offsets)
    let public_ = kept.indices.map { k -> Finding in
      let f = kept[k], spans = keptSpans[k]
      let evidence = spans.map { slicer.slice($0) }.joined(separator: " … ")
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
        label: allLabels[Int(f.name)], evidence: evidence, spans: spans, rule: ruleID,
        explanation: "'\(evidence)' — \(explanation)", weight: f.weight)
    }
    return Verdict(text: text, findings: public_, labels: labels, cues: cues, extra: extra)
  }

  /// The evidence of the scenario's own known extras (its `{extra}` phrases), when one fired.
  private func extraFinding(text: String, findings: [WorkingFinding]) -> Finding? {
    guard let cue = compiled.extraCue, let found = findings.first(where: { $0.name == cue }) else { return nil }
    let spans = found.spans
    let slicer = ScalarSlicer(text: text, offsets: spans.flatMap { [$0.start, $0.end] })
    let evidence = spans.map { slicer.slice($0) }.joined(separator: " … ")
    return Finding(
      label: .answer, evidence: evidence, spans: spans, rule: Finding.extraCueRule,
      explanation: "'\(evidence)' — \(Finding.extraMeaning), one of the scenario's known offers", weight: found.weight)
  }

  /// The cues among the findings, once each, in alphabetical order.
  private func cueNames(in findings: [WorkingFinding], labelCount: Int32) -> [String] {
    var cues: [Int32] = []
    for f in findings where f.name >= labelCount && !cues.contains(f.name) { cues.append(f.name) }
    guard !cues.isEmpty else { return [] }
    let ranks = compiled.alphabeticalRanks
    cues.sort { ranks[Int($0)] < ranks[Int($1)] }
    return cues.map { compiled.names[Int($0)] }
  }
}
