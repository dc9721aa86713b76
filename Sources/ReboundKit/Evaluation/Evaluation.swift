/// Precision, recall and F1 of the scorer on a labelled corpus, per label and overall.
public struct Evaluation: Sendable {
  public struct LabelMetrics: Sendable, Equatable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var support: Int
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    enum CodingKeys: String, CodingKey {
      case precision, recall, f1, support
      case truePositives = "true_positives"
      case falsePositives = "false_positives"
      case falseNegatives = "false_negatives"
    }
  }

  /// A reply whose labels the scorer got wrong, with what it found and why.
  public struct Miss: Sendable {
    public var reply: LabelledReply
    public var verdict: Verdict
    public var missing: [Label] { reply.labels.subtracting(verdict.labels).sorted() }
    public var extra: [Label] { Set(verdict.labels).subtracting(reply.labels).sorted() }
  }

  public var count: Int
  public var labels: [Label: LabelMetrics]
  public var macroF1: Double
  public var exactMatch: Double
  public var misses: [Miss]

  /// Scores every reply with the scorer for its scenario and compares with its labels.
  /// - Parameter scorerFor: the scorer for a reply's scenario (nil: the rubric alone).
  public init(replies: [LabelledReply], scorerFor: (String?) -> Scorer) {
    var tp = [Label: Int](), fp = [Label: Int](), fn = [Label: Int]()
    var exact = 0
    var misses: [Miss] = []
    var workspace = Scorer.Workspace()
    for reply in replies {
      let verdict = scorerFor(reply.scenario).score(reply.text, using: &workspace)
      let found = Set(verdict.labels)
      for label in Label.allCases {
        switch (reply.labels.contains(label), found.contains(label)) {
        case (true, true): tp[label, default: 0] += 1
        case (false, true): fp[label, default: 0] += 1
        case (true, false): fn[label, default: 0] += 1
        case (false, false): break
        }
      }
      if found == reply.labels { exact += 1 } else { misses.append(Miss(reply: reply, verdict: verdict)) }
    }
    var metrics: [Label: LabelMetrics] = [:]
    for label in Label.allCases {
      let t = tp[label, default: 0], p = fp[label, default: 0], n = fn[label, default: 0]
      let precision = t + p == 0 ? (n == 0 ? 1 : 0) : Double(t) / Double(t + p)
      let recall = t + n == 0 ? (p == 0 ? 1 : 0) : Double(t) / Double(t + n)
      let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
      metrics[label] = LabelMetrics(
        precision: precision, recall: recall, f1: f1, support: t + n,
        truePositives: t, falsePositives: p, falseNegatives: n)
    }
    count = replies.count
    labels = metrics
    macroF1 = Label.allCases.map { metrics[$0]?.f1 ?? 0 }.reduce(0, +) / Double(Label.allCases.count)
    exactMatch = replies.isEmpty ? 0 : Double(exact) / Double(replies.count)
    self.misses = misses
  }
}
