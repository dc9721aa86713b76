/// What the scorer concluded about one reply: the labels that apply and the evidence for each.
public struct Verdict: Sendable, Equatable {
  /// The reply as it was typed.
  public var text: String
  /// Every finding that survived, in reading order.
  public var findings: [Finding]
  /// The labels whose findings reach the rubric's threshold, in guide order.
  public var labels: [Label]
  /// The rubric's internal cues that survived the structures ("stock", "asking", "extra",
  /// "took-it-back", …), sorted: what the simulator's customer reacts to besides the labels.
  public var cues: [String]

  public init(text: String, findings: [Finding], labels: [Label], cues: [String] = []) {
    self.text = text
    self.findings = findings
    self.labels = labels
    self.cues = cues
  }

  public func has(_ label: Label) -> Bool { labels.contains(label) }

  public func has(cue: String) -> Bool { cues.contains(cue) }

  /// The findings that support one label.
  public func findings(for label: Label) -> [Finding] { findings.filter { $0.label == label } }
}
