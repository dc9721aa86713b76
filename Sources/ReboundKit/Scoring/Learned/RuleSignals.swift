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

  /// Calls `body` with the hash of each name of `featureNames`, without building the names.
  func forEachFeatureHash(_ body: (FeatureHash) -> Void) {
    func hash(_ prefix: StaticString, _ name: String) -> FeatureHash {
      var hash = FeatureHash(kind: UInt8(ascii: "r"))
      prefix.withUTF8Buffer { hash.add($0) }
      hash.add(name)
      return hash
    }
    for label in labels { body(hash("label:", label.rawValue)) }
    for cue in cues { body(hash("cue:", cue)) }
    for rule in rules { body(hash("rule:", rule)) }
  }
}
