import Foundation

/// Renders an evaluation as a table for people, JSON for tools, or a list of misjudged replies.
public struct EvaluationReport: Sendable {
  public var evaluation: Evaluation
  public var corpus: String
  public var style: TerminalStyle
  /// The rubric that scored the corpus, named with its version under the figures.
  public var rubric: Rubric?

  public init(evaluation: Evaluation, corpus: String, style: TerminalStyle, rubric: Rubric? = nil) {
    self.evaluation = evaluation
    self.corpus = corpus
    self.style = style
    self.rubric = rubric
  }

  public var table: String {
    var out = "\(corpus): \(evaluation.count) replies\n\n"
    out += "label".padding(toLength: 13, withPad: " ", startingAt: 0) + "precision  recall     f1  support\n"
    for label in Label.allCases {
      guard let m = evaluation.labels[label] else { continue }
      let name = label.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
      let row = name + pad(m.precision, 9) + pad(m.recall, 8) + pad(m.f1, 7) + String(format: "%9d", m.support)
      out += (m.f1 < 0.85 ? style.paint(row, .yellow) : row) + "\n"
    }
    if let m = evaluation.extra {
      let row = "extra".padding(toLength: 13, withPad: " ", startingAt: 0) + pad(m.precision, 9) + pad(m.recall, 8) + pad(m.f1, 7)
        + String(format: "%9d", m.support) + "  (of the replies annotated for offers; not in macro-F1)"
      out += (m.f1 < 0.85 ? style.paint(row, .yellow) : row) + "\n"
    }
    out += "\nmacro-F1     " + String(format: "%.3f", evaluation.macroF1) + "\n"
    out += "exact match  " + String(format: "%.3f", evaluation.exactMatch)
      + " (\(evaluation.count - evaluation.misses.count) of \(evaluation.count) replies with exactly the right labels)\n"
    if let rubric { out += "rubric       \(rubric.source), version \(rubric.version)\n" }
    if let model = rubric?.model { out += "model        learned layer, version \(model.version) (--no-model: the rubric alone)\n" }
    return out
  }

  private func pad(_ value: Double, _ width: Int) -> String {
    String(format: "%\(width).3f", value)
  }

  struct JSONForm: Encodable {
    var count: Int
    var labels: [String: Evaluation.LabelMetrics]
    var macro_f1: Double
    var exact_match: Double
    var extra: Evaluation.LabelMetrics?
    var rubric: RubricStamp?
  }

  struct RubricStamp: Encodable {
    var source: String
    var version: String
  }

  /// `{"count": N, "labels": {"apologize": {"precision", "recall", "f1", "support"}, …}, "macro_f1", "exact_match", "rubric": {"source", "version"}}`.
  public var json: String {
    let labels = Dictionary(uniqueKeysWithValues: evaluation.labels.map { ($0.key.rawValue, $0.value) })
    return JSONText.encode(
      JSONForm(
        count: evaluation.count, labels: labels, macro_f1: evaluation.macroF1, exact_match: evaluation.exactMatch,
        extra: evaluation.extra,
        rubric: rubric.map { RubricStamp(source: $0.source, version: $0.version) }))
  }

  /// Each misjudged reply: where it is, what was expected, what was found, and the evidence.
  public var errors: String {
    var out = ""
    for miss in evaluation.misses {
      let expected = miss.reply.labels.sorted().map(\.rawValue).joined(separator: ", ")
      let found = miss.verdict.labels.map(\.rawValue).joined(separator: ", ")
      out += "\(corpus):\(miss.reply.line)" + (miss.reply.id.map { " (\($0))" } ?? "") + "\n"
      out += "  > " + TerminalStyle.neutralized(miss.reply.text) + "\n"
      out += "  expected: " + (expected.isEmpty ? "(none)" : expected) + "\n"
      out += "  found:    " + (found.isEmpty ? "(none)" : found) + "\n"
      if !miss.missing.isEmpty { out += "  " + style.paint("missed: " + miss.missing.map(\.rawValue).joined(separator: ", "), .yellow) + "\n" }
      if !miss.extra.isEmpty { out += "  " + style.paint("wrongly found: " + miss.extra.map(\.rawValue).joined(separator: ", "), .red) + "\n" }
      for finding in miss.verdict.findings {
        out += "    \(finding.label.rawValue): \(TerminalStyle.neutralized(finding.explanation)) [\(finding.rule)]\n"
      }
      out += "\n"
    }
    for miss in evaluation.extraMisses {
      guard let offer = miss.reply.offer else { continue }
      out += "\(corpus):\(miss.reply.line)" + (miss.reply.id.map { " (\($0))" } ?? "") + "\n"
      out += "  > " + TerminalStyle.neutralized(miss.reply.text) + "\n"
      out += "  offer:    \(offer.rawValue)\n"
      if let extra = miss.verdict.extra {
        out += "  " + style.paint("wrongly found extra: ", .red) + TerminalStyle.neutralized(extra.explanation) + " [\(extra.rule)]\n"
      } else {
        out += "  " + style.paint("missed: extra", .yellow) + "\n"
      }
      out += "\n"
    }
    return out
  }
}
