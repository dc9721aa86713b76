extension Scorer {
  /// Applies the rubric's structures in order: each drops findings or adds new ones from the
  /// findings that survived the structures before it.
  func applyStructures(to findings: inout [WorkingFinding], in stream: TokenStream) {
    for (index, structure) in compiled.structures.enumerated() {
      switch structure.action {
      case .drop(let targets):
        var dropped: [Int] = []
        for (i, f) in findings.enumerated() where targets.contains(f.name) {
          let scope = findings.indices.filter { $0 != i && inScope(findings[$0], of: f, structure.scope) }
          if scope.contains(where: { structure.unless.contains(findings[$0].name) }) { continue }
          if satisfied(structure, after: f, candidates: scope, findings) != nil { dropped.append(i) }
        }
        for i in dropped.reversed() { findings.remove(at: i) }
      case .add(let name):
        var added: [WorkingFinding] = []
        for unit in units(of: findings, structure.scope) {
          guard !unit.isEmpty else { continue }
          if unit.contains(where: { structure.unless.contains(findings[$0].name) }) { continue }
          guard let chosen = satisfied(structure, after: nil, candidates: unit, findings), !chosen.isEmpty else { continue }
          let parts = chosen.map { findings[$0] }
          let first = parts.map(\.first).min() ?? 0
          let last = parts.map(\.last).max() ?? 0
          let spans = Array(Set(parts.flatMap(\.spans))).sorted()
          added.append(
            WorkingFinding(
              name: name, first: first, last: last, spans: mergedSpans(spans), source: -1 - Int32(index),
              explanation: structure.explanation, weight: structure.weight,
              sentence: stream.tokens[Int(first)].sentence, clause: stream.tokens[Int(first)].clause))
        }
        findings += added
        findings.sort { ($0.first, $0.last, $0.name) < ($1.first, $1.last, $1.name) }
      }
    }
  }

  private func inScope(_ g: WorkingFinding, of f: WorkingFinding, _ scope: CompiledRubric.Scope) -> Bool {
    switch scope {
    case .overlap: f.first <= g.last && g.first <= f.last
    case .clause: f.clause == g.clause
    case .sentence: f.sentence == g.sentence
    case .reply: true
    }
  }

  private func units(of findings: [WorkingFinding], _ scope: CompiledRubric.Scope) -> [[Int]] {
    switch scope {
    case .overlap, .reply: return [Array(findings.indices)]
    case .clause: return Dictionary(grouping: findings.indices, by: { findings[$0].clause }).sorted { $0.key < $1.key }.map(\.value)
    case .sentence: return Dictionary(grouping: findings.indices, by: { findings[$0].sentence }).sorted { $0.key < $1.key }.map(\.value)
    }
  }

  /// The findings that fulfil every `when` item (in order when the structure is ordered,
  /// starting after `anchor`), or nil.
  private func satisfied(
    _ structure: CompiledRubric.Structure, after anchor: WorkingFinding?, candidates: [Int], _ findings: [WorkingFinding]
  ) -> [Int]? {
    var chosen: [Int] = []
    var position: Int32 = anchor.map(\.last) ?? -1
    for item in structure.when {
      let match: Int?
      if structure.ordered {
        match = candidates.filter { item.contains(findings[$0].name) && findings[$0].first > position }
          .min { findings[$0].first < findings[$1].first }
        if let match { position = findings[match].first }
      } else {
        match = candidates.first { item.contains(findings[$0].name) && !chosen.contains($0) }
      }
      guard let match else { return nil }
      chosen.append(match)
    }
    return chosen
  }

  private func mergedSpans(_ spans: [TextSpan]) -> [TextSpan] {
    var result: [TextSpan] = []
    for span in spans {
      if let last = result.last, span.start <= last.end {
        result[result.count - 1].end = max(last.end, span.end)
      } else {
        result.append(span)
      }
    }
    return result
  }
}
