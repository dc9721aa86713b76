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
  /// The evidence that the reply offers something extra, beyond putting the loss right
  /// (`docs/extras.md`): the learned model's, or the scenario's own known offers'; nil when
  /// it offers nothing extra.
  public var extra: Finding?
  /// Where the rubric found an apology and took it back (a sorry cancelled by "but" and an
  /// excuse, or a conditional "sorry if"): the words the learned model may not read as an
  /// apology.
  public internal(set) var takenBackApologies: [TextSpan] = []
  /// Where the rubric read a total refusal ("there's nothing I can do"): rude by itself
  /// (decision 4), so the learned model may not read those words alone as an excuse.
  public internal(set) var totalRefusals: [TextSpan] = []

  public init(text: String, findings: [Finding], labels: [Label], cues: [String] = [], extra: Finding? = nil) {
    self.text = text
    self.findings = findings
    self.labels = labels
    self.cues = cues
    self.extra = extra
  }

  /// Whether the reply offers something extra.
  public var offersExtra: Bool { extra != nil }

  public func has(_ label: Label) -> Bool { labels.contains(label) }

  public func has(cue: String) -> Bool { cues.contains(cue) }

  /// The findings that support one label.
  public func findings(for label: Label) -> [Finding] { findings.filter { $0.label == label } }
}
