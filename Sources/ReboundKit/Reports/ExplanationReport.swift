import Foundation

/// `rebound score --explain`: for every label, the learned model's margin and the features
/// that moved it most, each with the words it came from.
public struct ExplanationReport: Sendable {
  public var text: String
  public var explanations: [LabelExplanation]

  public init(text: String, explanations: [LabelExplanation]) {
    self.text = text
    self.explanations = explanations
  }

  /// One block per label: "excuse  yes  margin +1.03 (bias -2.10)", then its contributions.
  public var rendered: String {
    guard !explanations.isEmpty else { return "  learned model: none (scored with the rubric alone)\n" }
    var out = "  learned model, per label and for something extra (margin above 0: it applies):\n"
    for item in explanations {
      let verdict = item.applies ? "yes" : "no "
      let name = item.isExtra ? "extra" : item.label.rawValue
      out += "  \(name.padding(toLength: 12, withPad: " ", startingAt: 0)) \(verdict)  margin "
        + String(format: "%+.2f", item.margin) + " (bias " + String(format: "%+.2f", item.bias) + ")"
        + (item.takenBackByRubric ? "; the rubric took this apology back, and the model may not give it back" : "")
        + (item.onlyARefusal ? "; only a total refusal carried it, which is rude, not an excuse (decision 4)" : "")
        + (item.belowPitfallMargin.map { "; on its own the model needs a margin above " + String(format: "%+.2f", $0) + " for this" } ?? "")
        + "\n"
      for part in item.contributions {
        out += "      " + String(format: "%+.2f", part.amount) + "  \(TerminalStyle.neutralized(part.feature))\n"
      }
    }
    return out
  }
}
