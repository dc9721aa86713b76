/// What the rubric said about a reply, as the learned layer reads it: the labels it gave,
/// the cues that survived its structures and the ids of the rules that fired.
struct RuleSignals {
  var labels: [Label]
  var cues: [String]
  var rules: [String]

  init(labels: [Label] = [], cues: [String] = [], rules: [String] = []) {
    self.labels = labels
    self.cues = cues
    self.rules = rules
  }

  init(_ verdict: Verdict) {
    labels = verdict.labels
    cues = verdict.cues
    rules = verdict.findings.map(\.rule)
  }

  /// Each signal's name as a feature: "label:excuse", "cue:stock", "rule:apology.direct".
  var featureNames: [String] {
    labels.map { "label:\($0.rawValue)" } + cues.map { "cue:\($0)" } + rules.map { "rule:\($0)" }
  }
}
