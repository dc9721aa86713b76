extension Scorer {
  /// What the learned model's *apologize* rests on when the rubric took an apology back
  /// ("sorry, but that's policy", "sorry if you felt…"): the model may not give that apology
  /// back, but an apology elsewhere in the reply still counts.
  enum ApologyOutsideTakenBack {
    /// The rubric took nothing back, or found an apology itself: the model decides as usual.
    case notApplicable
    /// Only the taken-back words carried it: no apology.
    case none
    /// With the taken-back words blanked out the model still reads an apology; its evidence.
    case found(Finding)
  }

  /// Reads the reply again with every taken-back apology blanked out (spaces keep the offsets),
  /// when the model read an apology the rubric did not keep.
  func apologyOutsideTakenBack(
    _ rules: Verdict, margin: Float, with model: LinearModel, using workspace: inout Workspace
  ) -> ApologyOutsideTakenBack {
    guard margin > 0, !rules.has(.apologize), !rules.takenBackApologies.isEmpty else { return .notApplicable }
    let rest = Self.blanking(rules.takenBackApologies, in: rules.text)
    guard rest.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return .none }
    let restRules = ruleVerdict(rest, using: &workspace)
    var norms = BlockNorms()
    let margins = features(of: restRules, for: model, using: &workspace, norms: &norms)
    let restMargin = margins[Label.apologize.index]
    guard restMargin > 0 else { return .none }
    workspace.features.recording = true
    extractFeatures(of: restRules, for: model, using: &workspace)
    workspace.features.recording = false
    let explainer = ModelExplainer(model: model, buffer: workspace.features, norms: norms, text: rest)
    guard let finding = explainer.finding(for: .apologize, margin: restMargin) else { return .none }
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
