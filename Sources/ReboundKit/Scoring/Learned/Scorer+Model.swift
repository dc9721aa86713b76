extension Scorer {
  /// The margin the model needs to call a reply an excuse, blame or rude when the rubric did
  /// not: a trainee told "that's blame" on a hair's-breadth reading stops trusting the
  /// feedback. Cross-validated on the training data, 0.25 cost nothing (docs/learned-scorer.md).
  static let modelOnlyPitfallMargin: Float = 0.25

  /// The margin above which the model's reading of a label counts, given what the rubric found.
  static func threshold(for label: Label, rules: Verdict) -> Float {
    Label.pitfalls.contains(label) && !rules.has(label) ? modelOnlyPitfallMargin : 0
  }

  /// The learned layer's decision over the rubric's verdict: the model says which labels
  /// apply; a label the rubric also found keeps the rubric's evidence, and one only the model
  /// found gets the words that weighed most for it.
  func decide(_ rules: Verdict, with model: LinearModel, using workspace: inout Workspace) -> Verdict {
    var norms = BlockNorms()
    let margins = features(of: rules, for: model, using: &workspace, norms: &norms)
    // The model decides alone: requiring a margin to overrule the rubric measured worse on
    // held-out real replies (docs/learned-scorer.md). But where the rubric is exact, an
    // apology it took back stays away: a sorry cancelled by "but" and an excuse, refusal or
    // blame (decision 3), or on a condition or for their feelings (decisions 9 and 14).
    // Likewise a total refusal the rubric read ("there's nothing I can do") is rude, and an
    // excuse only with a reason of its own (decision 4).
    let apology = apologyOutsideTakenBack(rules, margin: margins[Label.apologize.index], with: model, using: &workspace)
    let excuse = excuseOutsideTotalRefusal(rules, margin: margins[Label.excuse.index], with: model, using: &workspace)
    var labels = Label.allCases.filter { margins[$0.index] > Self.threshold(for: $0, rules: rules) }
    if case .none = apology { labels.removeAll { $0 == .apologize } }
    if case .none = excuse { labels.removeAll { $0 == .excuse } }
    // When the model reads an extra, its evidence is the clause that carried it, even where
    // a scenario's known offer (a couple of words) also matched.
    let modelSaysExtra = model.hasExtraHead && margins[LinearModel.extraLane] > 0
    if labels == rules.labels && !modelSaysExtra { return Self.keepingKnownExtra(rules) }
    var findings = rules.findings.filter { labels.contains($0.label) }
    var extra = rules.extra
    let learned = labels.filter { !rules.labels.contains($0) }
    if !learned.isEmpty || modelSaysExtra {
      // The same features again, now with where each came from; the margins and norms are
      // those of the first pass.
      workspace.features.recording = true
      extractFeatures(of: rules, for: model, using: &workspace)
      workspace.features.recording = false
      let explainer = ModelExplainer(model: model, buffer: workspace.features, norms: norms, text: rules.text)
      findings += learned.compactMap { label in
        if label == .apologize, case .found(let finding) = apology { return finding }
        if label == .excuse, case .found(let finding) = excuse { return finding }
        return explainer.finding(for: label, margin: margins[label.index])
      }
      findings.sort { ($0.start, $0.label) < ($1.start, $1.label) }
      if modelSaysExtra { extra = explainer.extraFinding(margin: margins[LinearModel.extraLane]) ?? rules.extra }
    }
    let evidenced = labels.filter { label in findings.contains { $0.label == label } }
    let verdict = Verdict(text: rules.text, findings: findings, labels: evidenced, cues: rules.cues, extra: extra)
    return modelSaysExtra ? verdict : Self.keepingKnownExtra(verdict)
  }

  /// When the model's extra head does not read an extra, a scenario's known extra still counts
  /// in a reply the model reads as committing to something (*answer* or *communicate*): its
  /// phrases may name things a reply only mentions. The rubric alone keeps every known extra
  /// it finds.
  static func keepingKnownExtra(_ verdict: Verdict) -> Verdict {
    guard let extra = verdict.extra, extra.rule == Finding.extraCueRule, !verdict.has(.answer), !verdict.has(.communicate)
    else { return verdict }
    var kept = verdict
    kept.extra = nil
    return kept
  }

  /// Each label's margin from the model, with the reply's features left in the workspace.
  func features(of rules: Verdict, for model: LinearModel, using workspace: inout Workspace, norms: inout BlockNorms) -> SIMD8<Float> {
    extractFeatures(of: rules, for: model, using: &workspace)
    return model.margins(workspace.features, norms: &norms)
  }

  /// The reply's features, left in the workspace.
  func extractFeatures(of rules: Verdict, for model: LinearModel, using workspace: inout Workspace) {
    if workspace.features.dimension != model.featureSet.dimension {
      let recording = workspace.features.recording
      workspace.features = FeatureBuffer(dimension: model.featureSet.dimension)
      workspace.features.recording = recording
    }
    let extractor = FeatureExtractor(set: model.featureSet)
    extractor.extract(rules.text, signals: RuleSignals(rules), into: &workspace.features, scanner: &workspace.featureScanner)
  }

  /// Every label's top contributions from the model, for `rebound score --explain`; empty
  /// without a model.
  public func explain(_ text: String) -> [LabelExplanation] {
    guard let model = rubric.model else { return [] }
    var workspace = Workspace()
    let rules = ruleVerdict(text, using: &workspace)
    workspace.features.recording = true
    var norms = BlockNorms()
    let margins = features(of: rules, for: model, using: &workspace, norms: &norms)
    let explainer = ModelExplainer(model: model, buffer: workspace.features, norms: norms, text: text, signals: RuleSignals(rules))
    var labels = Label.allCases.map { label in
      var explanation = explainer.explanation(for: label, margin: margins[label.index])
      let threshold = Self.threshold(for: label, rules: rules)
      if explanation.applies && margins[label.index] <= threshold {
        explanation.applies = false
        explanation.belowPitfallMargin = threshold
      }
      return explanation
    }
    var again = Workspace()
    if case .none = apologyOutsideTakenBack(rules, margin: margins[Label.apologize.index], with: model, using: &again),
      let index = labels.firstIndex(where: { $0.label == .apologize })
    {
      labels[index].applies = false
      labels[index].takenBackByRubric = true
    }
    if case .none = excuseOutsideTotalRefusal(rules, margin: margins[Label.excuse.index], with: model, using: &again),
      let index = labels.firstIndex(where: { $0.label == .excuse })
    {
      labels[index].applies = false
      labels[index].onlyARefusal = true
    }
    guard model.hasExtraHead else { return labels }
    return labels + [explainer.extraExplanation(margin: margins[LinearModel.extraLane])]
  }
}
