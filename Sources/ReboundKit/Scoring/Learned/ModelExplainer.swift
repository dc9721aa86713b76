import Foundation

/// Turns a model's weights on one reply into evidence: which words carried a label, as
/// spans of the reply, and the features that added most to each label's margin.
struct ModelExplainer {
  let model: LinearModel
  let buffer: FeatureBuffer
  let text: String
  let norms: BlockNorms
  /// The rubric's signals by their feature index, to name them.
  var signalNames: [Int: String] = [:]

  init(model: LinearModel, buffer: FeatureBuffer, norms: BlockNorms, text: String, signals: RuleSignals = RuleSignals()) {
    self.model = model
    self.buffer = buffer
    self.norms = norms
    self.text = text
    var hashes: [FeatureHash] = []
    signals.forEachFeatureHash { hashes.append($0) }
    for (name, hash) in zip(signals.featureNames, hashes) {
      signalNames[model.featureSet.ruleOffset + hash.bucket(model.featureSet.ruleBuckets), default: name] = name
    }
  }

  /// How much each word of the reply added to a label's margin: each feature's contribution
  /// shared among its occurrences, and an n-gram's share among its words.
  func tokenScores(for output: ModelOutput) -> [Float] {
    var scores = [Float](repeating: 0, count: buffer.tokens.count)
    for occurrence in buffer.occurrences where occurrence.firstToken >= 0 {
      let count = Int(buffer.counts[occurrence.index])
      let share = model.contribution(of: occurrence.index, count: count, to: output, norms: norms) / Float(max(count, 1))
      var words = 0
      for token in occurrence.firstToken...occurrence.lastToken where !buffer.tokens[token].isMark { words += 1 }
      guard words > 0 else { continue }
      for token in occurrence.firstToken...occurrence.lastToken where !buffer.tokens[token].isMark {
        scores[token] += share / Float(words)
      }
    }
    return scores
  }

  /// The words that carried a label the model gave: the clause around the word that added
  /// most (or, in a long clause, that word with its neighbours that also added a good part).
  func finding(for label: Label, margin: Float) -> Finding? {
    guard let span = carryingSpan(for: .label(label)) else { return nil }
    let meaning = Self.meaning[label] ?? label.rawValue
    return learnedFinding(label, rule: Finding.modelRulePrefix + label.rawValue, meaning: meaning, span: span, margin: margin)
  }

  /// The evidence that a reply offers something extra, when the model's extra head says so:
  /// kept under *answer* (every offer is one), with its own rule id.
  func extraFinding(margin: Float) -> Finding? {
    guard let span = carryingSpan(for: .extra) else { return nil }
    return learnedFinding(.answer, rule: Finding.extraModelRule, meaning: Finding.extraMeaning, span: span, margin: margin)
  }

  /// The span that carried an output, and how it was read; the reply as a whole when no
  /// word leans toward it (the rubric's signals or the bias carried it); nil for no words.
  private func carryingSpan(for output: ModelOutput) -> (span: TextSpan, reading: String)? {
    let scores = tokenScores(for: output)
    guard let best = scores.indices.max(by: { (scores[$0], $1) < (scores[$1], $0) }), scores[best] > 0 else {
      let words = buffer.tokens.filter { !$0.isMark }
      guard let first = words.first, let last = words.last else { return nil }
      return (TextSpan(start: first.start, end: last.end), "the reply as a whole")
    }
    if let clause = strongestClause(scores) {
      return (TextSpan(start: buffer.tokens[clause.lowerBound].start, end: buffer.tokens[clause.upperBound].end), "the reply")
    }
    let floor = scores[best] * 0.3
    var first = best, last = best
    while first > 0, last - first < 5, !buffer.tokens[first - 1].isMark, scores[first - 1] >= floor {
      first -= 1
    }
    while last + 1 < scores.count, last - first < 5, !buffer.tokens[last + 1].isMark, scores[last + 1] >= floor {
      last += 1
    }
    return (TextSpan(start: buffer.tokens[first].start, end: buffer.tokens[last].end), "the reply")
  }

  /// The clause (the words between clause or sentence breaks) whose words added most, when
  /// it has at most `Self.longestClause` words: a finding quotes what carries it, not one
  /// word. Nil when that clause is longer, or when no clause adds anything.
  private func strongestClause(_ scores: [Float]) -> ClosedRange<Int>? {
    var best: (range: ClosedRange<Int>, total: Float)?
    var first = 0
    while first < buffer.tokens.count {
      if buffer.tokens[first].isMark {
        first += 1
        continue
      }
      var last = first
      while last + 1 < buffer.tokens.count, !buffer.tokens[last + 1].isMark { last += 1 }
      let total = scores[first...last].reduce(0, +)
      if total > (best?.total ?? 0) { best = (first...last, total) }
      first = last + 1
    }
    guard let best, best.range.count <= Self.longestClause else { return nil }
    return best.range
  }

  static let longestClause = 16

  /// A finding the model made over one span, explained as "'…' — what it means, as the
  /// learned model reads `reading` (margin …)".
  private func learnedFinding(
    _ label: Label, rule: String, meaning: String, span carried: (span: TextSpan, reading: String), margin: Float
  ) -> Finding {
    let span = carried.span
    let evidence = ScalarSlicer(text: text, offsets: [span.start, span.end]).slice(span)
    return Finding(
      label: label, evidence: evidence, spans: [span], rule: rule,
      explanation: "'\(evidence)' — \(meaning), as the learned model reads \(carried.reading) (margin \(Self.format(margin)))",
      weight: Double(margin))
  }

  /// A label's margin and the features that moved it most, for `rebound score --explain`.
  func explanation(for label: Label, margin: Float, limit: Int = 5) -> LabelExplanation {
    explanation(for: .label(label), as: label, margin: margin, limit: limit)
  }

  /// The extra head's margin and what moved it, shown under *answer*'s name with `isExtra`.
  func extraExplanation(margin: Float, limit: Int = 5) -> LabelExplanation {
    var explanation = explanation(for: .extra, as: .answer, margin: margin, limit: limit)
    explanation.isExtra = true
    return explanation
  }

  private func explanation(for output: ModelOutput, as label: Label, margin: Float, limit: Int) -> LabelExplanation {
    var firstOccurrence: [Int: FeatureOccurrence] = [:]
    for occurrence in buffer.occurrences where firstOccurrence[occurrence.index] == nil {
      firstOccurrence[occurrence.index] = occurrence
    }
    let contributions = model.contributions(buffer, for: output).filter { $0.amount != 0 }
    let strongest = contributions.sorted { (abs($0.amount), $1.index) > (abs($1.amount), $0.index) }.prefix(limit)
    let parts = strongest.map { item -> LabelExplanation.Contribution in
      let occurrence = firstOccurrence[item.index]
      return LabelExplanation.Contribution(
        feature: describe(item.index, occurrence), amount: Double(item.amount), span: occurrence.flatMap(span(of:)))
    }
    return LabelExplanation(
      label: label, applies: margin > 0, margin: Double(margin), bias: Double(model.bias(output)), contributions: Array(parts))
  }

  private func span(of occurrence: FeatureOccurrence) -> TextSpan? {
    guard occurrence.firstToken >= 0 else { return nil }
    let words = (occurrence.firstToken...occurrence.lastToken).filter { !buffer.tokens[$0].isMark }
    guard let first = words.first, let last = words.last else { return nil }
    return TextSpan(start: buffer.tokens[first].start, end: buffer.tokens[last].end)
  }

  private func describe(_ index: Int, _ occurrence: FeatureOccurrence?) -> String {
    switch model.featureSet.block(of: index) {
    case .rules:
      return signalNames[index].map { "rubric \($0)" } ?? "a rubric finding"
    case .words, .characters:
      guard let occurrence else { return "feature \(index)" }
      let words = (occurrence.firstToken...occurrence.lastToken).map { token -> String in
        let t = buffer.tokens[token]
        return t.isMark ? "|" : ScalarSlicer(text: text, offsets: [t.start, t.end]).slice(TextSpan(start: t.start, end: t.end))
      }
      let joined = words.joined(separator: " ")
      guard occurrence.kind == .characters else { return "words '\(joined)'" }
      // A byte n-gram may cut a character in two: then only its word is named.
      guard let gram = occurrence.gram else { return "letters in '\(joined)'" }
      return "letters '\(gram.replacingOccurrences(of: " ", with: "_"))' in '\(joined)'"
    }
  }

  static func format(_ value: Float) -> String { String(format: "%+.2f", Double(value)) }

  static let meaning: [Label: String] = [
    .acknowledge: "recognises the customer's problem or feelings",
    .communicate: "says what happens next or asks to understand",
    .apologize: "apologises",
    .answer: "commits to a concrete remedy",
    .excuse: "justifies the failure or points elsewhere",
    .blame: "suggests the customer caused it",
    .rude: "dismissive, condescending or hostile",
  ]
}

/// Why the model gave (or did not give) one label: its margin, its bias and the features that
/// added or took away most.
public struct LabelExplanation: Sendable, Equatable {
  public struct Contribution: Sendable, Equatable {
    /// "words 'our supplier'", "letters 'pol' in 'policy'", "rubric rule:excuse.policy".
    public var feature: String
    /// What it added to the margin (negative: took away).
    public var amount: Double
    /// Where in the reply it came from, when it came from words.
    public var span: TextSpan?
  }

  public var label: Label
  /// Whether this is the *extra* head's explanation (under `answer`) rather than the label's.
  public var isExtra = false
  public var applies: Bool
  /// True when the margin is above 0 but the rubric took the apology back ("sorry, but…",
  /// "sorry if…"), which the model may not overrule.
  public var takenBackByRubric = false
  /// True when the margin passes, but only the words the rubric read as a total refusal
  /// carried it: rude, not an excuse (decision 4).
  public var onlyARefusal = false
  /// The margin a pitfall the rubric did not find must pass, when this one's margin is above 0
  /// but not above it (nil otherwise).
  public var belowPitfallMargin: Float?
  public var margin: Double
  public var bias: Double
  public var contributions: [Contribution]
}
