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

  /// The cues that mark an apology the rubric took back, which the learned model may not give
  /// back (`docs/learned-scorer.md`).
  static let takenBackApologyCues: Set<String> = ["cancelled-apology", "non-apology"]

  /// The sentences in which the rubric took an apology back, as spans of the reply.
  func takenBackApologies(in findings: [WorkingFinding], stream: TokenStream) -> [TextSpan] {
    var sentences: [Int] = []
    for f in findings where compiled.takenBackApologyCues.contains(f.name) {
      let sentence = Int(f.sentence)
      if sentence >= 0, sentence < stream.sentences.count, !sentences.contains(sentence) { sentences.append(sentence) }
    }
    return sentences.sorted().compactMap { index in
      let sentence = stream.sentences[index]
      guard sentence.firstToken < sentence.endToken, sentence.endToken <= stream.tokens.count else { return nil }
      return TextSpan(start: Int(stream.tokens[sentence.firstToken].start), end: Int(stream.tokens[sentence.endToken - 1].end))
    }
  }

  /// The cue of a total refusal, whose words the learned model may not read alone as an excuse.
  static let totalRefusalCue = "total-refusal"

  /// The words of every finding of one cue (its index in the compiled names), in the order found.
  func spans(ofCue cue: Int32?, in findings: [WorkingFinding]) -> [TextSpan] {
    guard let cue else { return [] }
    return findings.filter { $0.name == cue }.flatMap(\.spans)
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
