import Foundation

/// `rebound progress` on a terminal: the scenarios played, each move and pitfall with a
/// sparkline, the weakest move, the recommendation and certification.
public struct ProgressTable: Sendable {
  public var progress: TraineeProgress
  public var style: TerminalStyle
  /// Sparklines in block characters; ASCII when false (output to a file or pipe).
  public var unicode: Bool

  public init(progress: TraineeProgress, style: TerminalStyle, unicode: Bool) {
    self.progress = progress
    self.style = style
    self.unicode = unicode
  }

  private func pad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
  }

  private func left(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
  }

  private func percent(_ rate: Double) -> String { "\(Int((rate * 100).rounded()))%" }

  public var text: String {
    let p = progress
    var out = style.paint("Progress of \(TerminalStyle.neutralized(p.trainee))", .bold, bold: true)
      + " — \(p.sessions) session\(p.sessions == 1 ? "" : "s")\n\n"
    out += style.paint(pad("scenario", 20) + pad("difficulty", 11) + left("attempts", 8) + left("first", 7)
      + left("best", 6) + left("latest", 8) + "  passed  certified", .dim) + "\n"
    for s in p.scenarios {
      let passed = s.passed ? style.paint("yes", .green) + "   " : "no    "
      let certified = s.certified
        ? style.paint("yes", .green)
        : "no (\(s.examPasses)/\(p.certification.rule.examPassesNeeded) exams)"
      out += pad(s.id, 20) + pad(s.difficulty?.rawValue ?? "?", 11) + left("\(s.attempts)", 8) + left("\(s.first)", 7)
        + left("\(s.best)", 6) + left("\(s.latest)", 8) + "  " + passed + "  " + certified + "\n"
    }
    let last = min(p.sessions, TraineeProgress.recentWindow)
    out += "\n" + style.paint(pad("move", 14) + left("overall", 8) + left("last \(last)", 8) + "  trend", .dim) + "\n"
    for trend in p.moves { out += row(trend) }
    out += "\n" + style.paint(pad("pitfall", 14) + left("overall", 8) + left("last \(last)", 8) + "  trend (lower is better)", .dim) + "\n"
    for trend in p.pitfalls { out += row(trend) }
    out += "\n"
    out += "Weakest move: " + (p.weakest.map { style.paint($0.rawValue, .yellow, bold: true) } ?? "none — every recent session made all four") + "\n"
    if let recommended = p.recommended {
      out += "Recommended next: " + style.paint(recommended, .cyan, bold: true) + "  (rebound play \(recommended))\n"
    } else {
      out += "Recommended next: nothing left to pass within reach — work toward certification in exam mode\n"
    }
    let rule = p.certification.rule
    out += "\nCertification (\(rule.examPassesNeeded) exam attempt\(rule.examPassesNeeded == 1 ? "" : "s") at \(rule.passMark) or more):\n"
    let certified = p.certification.certified.isEmpty ? "none yet" : p.certification.certified.joined(separator: ", ")
    let remaining = p.certification.remaining.isEmpty ? "none — all certified" : p.certification.remaining.joined(separator: ", ")
    out += "  " + TextWrap.wrap("certified: " + certified, width: 94, indent: "             ") + "\n"
    out += "  " + TextWrap.wrap("remaining: " + remaining, width: 94, indent: "             ") + "\n"
    if rule.isSelfReported {
      out += style.paint("  Self-reported: rebound.yaml lists no trusted keys, so nothing shows who played these exams.", .dim) + "\n"
    } else {
      let unverified = p.scenarios.reduce(0) { $0 + $1.unverifiedExams }
      out += "  Only exams signed by one of the \(rule.trustedKeys.count) trusted key\(rule.trustedKeys.count == 1 ? "" : "s") in rebound.yaml count"
        + (unverified == 0 ? ".\n" : "; \(unverified) unsigned exam\(unverified == 1 ? " is" : "s are") unverified.\n")
    }
    return out
  }

  private func row(_ trend: LabelTrend) -> String {
    pad(trend.label.rawValue, 14) + left(percent(trend.rate), 8) + left(percent(trend.recentRate), 8) + "  "
      + style.paint(Sparkline.render(trend.series, unicode: unicode), TerminalStyle.color(for: trend.label)) + "\n"
  }
}
