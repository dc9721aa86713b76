/// What the scorer concluded about one reply: the labels that apply and the evidence for each.
public struct Verdict: Sendable, Equatable {
  /// The reply as it was typed.
  public var text: String
  /// Every finding that survived, in reading order.
  public var findings: [Finding]
  /// The labels whose findings reach the rubric's threshold, in guide order.
  public var labels: [Label]

  public init(text: String, findings: [Finding], labels: [Label]) {
    self.text = text
    self.findings = findings
    self.labels = labels
  }

  public func has(_ label: Label) -> Bool { labels.contains(label) }

  /// The findings that support one label.
  public func findings(for label: Label) -> [Finding] { findings.filter { $0.label == label } }
}
