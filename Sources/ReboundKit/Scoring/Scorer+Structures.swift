extension Scorer {
  /// Applies the rubric's structures in order: each drops findings or adds new ones from the
  /// findings that survived the structures before it.
  /// - Complexity: O(*f* log *f*) per structure in the number of findings *f*.
  func applyStructures(to findings: inout [WorkingFinding], in stream: TokenStream) {
    let gates = compiled.structureGates
    // Which names are present, kept up to date as structures drop and add findings.
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: gates.wordCount) { present in
      gates.collect(findings, into: present)
      for index in compiled.structures.indices where gates.mayApply(index, present: UnsafeBufferPointer(present)) {
        apply(compiled.structures[index], index: index, to: &findings, in: stream)
        gates.collect(findings, into: present)
      }
    }
  }

  /// Drops the findings the structure rules out, or adds the finding it builds.
  private func apply(
    _ structure: CompiledRubric.Structure, index: Int, to findings: inout [WorkingFinding], in stream: TokenStream
  ) {
    let units = UnitIndex(findings, scope: structure.scope)
    switch structure.action {
    case .drop(let targets):
      var dropped: [Int] = []
      for (i, f) in findings.enumerated() where targets.contains(f.name) {
        let unit = units.unit(of: f)
        if structure.unless.contains(where: { name in units.any(name, in: unit, around: f, excluding: i) }) { continue }
        if satisfied(structure, after: f, excluding: i, in: unit, units) != nil { dropped.append(i) }
      }
      for i in dropped.reversed() { findings.remove(at: i) }
    case .add(let name):
      var added: [WorkingFinding] = []
      for unit in units.allUnits {
        if structure.unless.contains(where: { units.any($0, in: unit, around: nil, excluding: -1) }) { continue }
        guard let chosen = satisfied(structure, after: nil, excluding: -1, in: unit, units), !chosen.isEmpty else { continue }
        let parts = chosen.map { findings[$0] }
        let first = parts.map(\.first).min() ?? 0
        let last = parts.map(\.last).max() ?? 0
        let spans = mergedSpans(parts.flatMap(\.spans).sorted())
        added.append(
          WorkingFinding(
            name: name, first: first, last: last,
            span: TextSpan(start: spans.first?.start ?? 0, end: spans.last?.end ?? 0),
            moreSpans: spans.count > 1 ? spans : nil, source: -1 - Int32(index),
            explanation: structure.explanation, weight: structure.weight,
            sentence: stream.tokens[Int(first)].sentence, clause: stream.tokens[Int(first)].clause))
      }
      findings += added
      findings.sort { ($0.first, $0.last, $0.name) < ($1.first, $1.last, $1.name) }
    }
  }

  /// The findings that fulfil every `when` item (in order when the structure is ordered,
  /// starting after `anchor`), or nil.
  private func satisfied(
    _ structure: CompiledRubric.Structure, after anchor: WorkingFinding?, excluding excluded: Int,
    in unit: Int32, _ units: UnitIndex
  ) -> [Int]? {
    var chosen: [Int] = []
    var position: Int32 = anchor.map(\.last) ?? -1
    for item in structure.when {
      var best: Int?
      for name in item {
        let candidate: Int?
        if structure.ordered {
          candidate = units.firstStarting(after: position, name, in: unit, excluding: excluded)
        } else {
          candidate = units.find(name, in: unit, around: anchor, excluding: excluded, skipping: chosen)
        }
        if let candidate, best.map({ units.findings[candidate].first < units.findings[$0].first }) ?? true {
          best = candidate
        }
      }
      guard let match = best else { return nil }
      if structure.ordered { position = units.findings[match].first }
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

/// Findings grouped by the unit a structure looks at (clause, sentence or reply) and, within
/// a unit, by name in reading order, so each question a structure asks is a short lookup.
private struct UnitIndex {
  let findings: [WorkingFinding]
  let scope: CompiledRubric.Scope
  /// unit → name → finding indices sorted by first token.
  private var byUnit: [Int32: [Int32: [Int]]] = [:]
  /// Units in reading order.
  private(set) var allUnits: [Int32] = []

  /// Below this many findings a linear scan beats building dictionaries.
  private static let smallCount = 48
  private let isSmall: Bool

  init(_ findings: [WorkingFinding], scope: CompiledRubric.Scope) {
    self.findings = findings
    self.scope = scope
    isSmall = findings.count <= Self.smallCount
    if isSmall {
      var seen: [Int32] = []
      for f in findings where !seen.contains(unit(of: f)) { seen.append(unit(of: f)) }
      allUnits = seen
      return
    }
    for (i, f) in findings.enumerated() {
      let unit = self.unit(of: f)
      if byUnit[unit] == nil { allUnits.append(unit) }
      byUnit[unit, default: [:]][f.name, default: []].append(i)
    }
    for (unit, names) in byUnit {
      for (name, list) in names {
        byUnit[unit]?[name] = list.sorted { findings[$0].first < findings[$1].first }
      }
    }
  }

  func unit(of f: WorkingFinding) -> Int32 {
    switch scope {
    case .clause: f.clause
    case .overlap, .sentence: f.sentence
    case .reply: 0
    }
  }

  private func list(_ name: Int32, _ unit: Int32) -> [Int] {
    if isSmall {
      // Findings are kept in reading order, so the filtered list is already sorted.
      return findings.indices.filter { findings[$0].name == name && self.unit(of: findings[$0]) == unit }
    }
    return byUnit[unit]?[name] ?? []
  }

  /// A finding of `name` in the unit (overlapping `anchor` for the overlap scope).
  func find(_ name: Int32, in unit: Int32, around anchor: WorkingFinding?, excluding excluded: Int, skipping chosen: [Int]) -> Int? {
    let candidates = list(name, unit)
    guard scope == .overlap, let anchor else {
      return candidates.first { $0 != excluded && !chosen.contains($0) }
    }
    // Overlap is judged on the words each finding covers, not on the tokens between the parts
    // of a finding that a structure assembled.
    let anchorSpans = anchor.spans
    return candidates.first { index in
      guard index != excluded, !chosen.contains(index) else { return false }
      let spans = findings[index].spans
      return spans.contains { span in anchorSpans.contains { $0.overlaps(span) } }
    }
  }

  func any(_ name: Int32, in unit: Int32, around anchor: WorkingFinding?, excluding excluded: Int) -> Bool {
    find(name, in: unit, around: anchor, excluding: excluded, skipping: []) != nil
  }

  /// The first finding of `name` that starts after `position`.
  func firstStarting(after position: Int32, _ name: Int32, in unit: Int32, excluding excluded: Int) -> Int? {
    let candidates = list(name, unit)
    var i = upperBound(candidates, position)
    while i < candidates.count {
      if candidates[i] != excluded { return candidates[i] }
      i += 1
    }
    return nil
  }

  /// Index of the first candidate whose first token is after `position`.
  private func upperBound(_ candidates: [Int], _ position: Int32) -> Int {
    var lo = 0, hi = candidates.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if findings[candidates[mid]].first <= position { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
