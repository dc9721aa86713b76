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
  /// Whether the scorer finds something extra, over the replies annotated for offers
  /// (`docs/extras.md`); nil when none is.
  public var extra: LabelMetrics?
  /// The annotated replies whose extra the scorer got wrong.
  public var extraMisses: [Miss] = []

  /// Scores every reply with the scorer for its scenario and compares with its labels.
  /// - Parameter scorerFor: the scorer for a reply's scenario (nil: the rubric alone).
  public init(replies: [LabelledReply], scorerFor: (String?) -> Scorer) {
    var tp = [Label: Int](), fp = [Label: Int](), fn = [Label: Int]()
    var exact = 0
    var misses: [Miss] = []
    var extraCounts = (tp: 0, fp: 0, fn: 0, annotated: 0)
    var extraMisses: [Miss] = []
    var workspace = Scorer.Workspace()
    for reply in replies {
      let verdict = scorerFor(reply.scenario).score(reply.text, using: &workspace)
      if let offer = reply.offer {
        extraCounts.annotated += 1
        switch (offer.hasExtra, verdict.offersExtra) {
        case (true, true): extraCounts.tp += 1
        case (false, true): extraCounts.fp += 1
        case (true, false): extraCounts.fn += 1
        case (false, false): break
        }
        if offer.hasExtra != verdict.offersExtra { extraMisses.append(Miss(reply: reply, verdict: verdict)) }
      }
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
      metrics[label] = LabelMetrics(truePositives: tp[label, default: 0], falsePositives: fp[label, default: 0], falseNegatives: fn[label, default: 0])
    }
    extra = extraCounts.annotated == 0
      ? nil : LabelMetrics(truePositives: extraCounts.tp, falsePositives: extraCounts.fp, falseNegatives: extraCounts.fn)
    self.extraMisses = extraMisses
    count = replies.count
    labels = metrics
    macroF1 = Label.allCases.map { metrics[$0]?.f1 ?? 0 }.reduce(0, +) / Double(Label.allCases.count)
    exactMatch = replies.isEmpty ? 0 : Double(exact) / Double(replies.count)
    self.misses = misses
  }
}

extension Evaluation.LabelMetrics {
  /// The metrics from the counts; precision (recall) is 1 when nothing was found (expected)
  /// and nothing should have been.
  init(truePositives t: Int, falsePositives p: Int, falseNegatives n: Int) {
    let precision = t + p == 0 ? (n == 0 ? 1 : 0) : Double(t) / Double(t + p)
    let recall = t + n == 0 ? (p == 0 ? 1 : 0) : Double(t) / Double(t + n)
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    self.init(
      precision: precision, recall: recall, f1: f1, support: t + n, truePositives: t, falsePositives: p, falseNegatives: n)
  }
}
