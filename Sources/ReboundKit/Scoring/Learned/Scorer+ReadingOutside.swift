extension Scorer {
  /// What the learned model's reading of a label rests on when the rubric read some of the
  /// reply's words exactly another way: an apology it took back ("sorry, but that's policy",
  /// "sorry if you felt…", decisions 3, 9 and 14), or a total refusal, which is rude, not an
  /// excuse (decision 4). The model may not read the label from those words alone, but the
  /// same label elsewhere in the reply still counts.
  enum OutsideReading {
    /// The rubric read nothing of the kind, or found the label itself: the model decides as usual.
    case notApplicable
    /// Only those words carried it: the label does not apply.
    case none
    /// With those words blanked out the model still reads the label; its evidence.
    case found(Finding)
  }

  /// The model's *apologize* outside the apologies the rubric took back.
  func apologyOutsideTakenBack(
    _ rules: Verdict, margin: Float, with model: LinearModel, using workspace: inout Workspace
  ) -> OutsideReading {
    guard margin > 0, !rules.has(.apologize), !rules.takenBackApologies.isEmpty else { return .notApplicable }
    return reading(.apologize, outside: rules.takenBackApologies, of: rules, above: 0, with: model, using: &workspace)
  }

  /// The model's *excuse* outside the words the rubric read as a total refusal.
  func excuseOutsideTotalRefusal(
    _ rules: Verdict, margin: Float, with model: LinearModel, using workspace: inout Workspace
  ) -> OutsideReading {
    let threshold = Self.threshold(for: .excuse, rules: rules)
    guard margin > threshold, !rules.has(.excuse), !rules.totalRefusals.isEmpty else { return .notApplicable }
    return reading(.excuse, outside: rules.totalRefusals, of: rules, above: threshold, with: model, using: &workspace)
  }

  /// Reads the reply again with `spans` blanked out (spaces keep the offsets) and asks whether
  /// the model still reads `label` above `threshold`.
  private func reading(
    _ label: Label, outside spans: [TextSpan], of rules: Verdict, above threshold: Float, with model: LinearModel,
    using workspace: inout Workspace
  ) -> OutsideReading {
    let rest = Self.blanking(spans, in: rules.text)
    guard rest.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return .none }
    let restRules = ruleVerdict(rest, using: &workspace)
    var norms = BlockNorms()
    let margins = features(of: restRules, for: model, using: &workspace, norms: &norms)
    let restMargin = margins[label.index]
    guard restMargin > threshold else { return .none }
    workspace.features.recording = true
    extractFeatures(of: restRules, for: model, using: &workspace)
    workspace.features.recording = false
    let explainer = ModelExplainer(model: model, buffer: workspace.features, norms: norms, text: rest)
    guard let finding = explainer.finding(for: label, margin: restMargin) else { return .none }
    return .found(finding)
  }

  /// The text with the spans' characters (unicode scalars) replaced by spaces, line breaks kept.
  static func blanking(_ spans: [TextSpan], in text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    for span in spans {
      for index in max(0, span.start)..<min(scalars.count, max(span.start, span.end)) where scalars[index] != "\n" {
        scalars[index] = " "
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }
}
