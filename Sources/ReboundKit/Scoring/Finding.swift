/// One piece of evidence: a label (or an internal cue) that a rule found in a reply.
public struct Finding: Sendable, Equatable, Codable {
  /// The label this finding supports.
  public var label: Label
  /// The exact text of the reply that triggered it (the union of its spans).
  public var evidence: String
  /// Offset of the first Unicode scalar of the evidence in the reply.
  public var start: Int
  /// Offset just past the last Unicode scalar of the evidence.
  public var end: Int
  /// The spans that make up the evidence, when it has more than one part.
  public var spans: [TextSpan]
  /// The id of the rule or structure that fired.
  public var rule: String
  /// One line a person can read: "'I'm so sorry' — a direct apology".
  public var explanation: String
  /// How much this finding counts towards its label.
  public var weight: Double

  /// Whether the learned model made this finding (its rule is `model.LABEL`) rather than a
  /// rule of the rubric.
  public var madeByModel: Bool { rule.hasPrefix(Self.modelRulePrefix) }

  static let modelRulePrefix = "model."

  /// The rule id of the learned model's *extra* evidence.
  static let extraModelRule = "model.extra"
  /// The rule id of the rubric's cue for a scenario's own extras.
  static let extraCueRule = "cue.extra"
  static let extraMeaning = "offers something extra, beyond putting things back as they were"

  /// Whether this finding is evidence of something extra rather than of its label.
  public var isExtra: Bool { rule == Self.extraModelRule || rule == Self.extraCueRule }

  public init(
    label: Label, evidence: String, spans: [TextSpan], rule: String, explanation: String, weight: Double
  ) {
    self.label = label
    self.evidence = evidence
    var start = spans.first?.start ?? 0
    var end = spans.first?.end ?? 0
    for span in spans {
      start = min(start, span.start)
      end = max(end, span.end)
    }
    self.start = start
    self.end = end
    self.spans = spans
    self.rule = rule
    self.explanation = explanation
    self.weight = weight
  }
}

/// Which layer of the scorer made a finding.
public enum FindingSource: String, Sendable, Codable {
  case rubric
  case model
}

/// A half-open range of Unicode-scalar offsets into a reply, as Python or JSON tools index text.
public struct TextSpan: Sendable, Equatable, Hashable, Codable, Comparable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public func overlaps(_ other: TextSpan) -> Bool { start < other.end && other.start < end }

  public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.start, lhs.end) < (rhs.start, rhs.end)
  }
}
