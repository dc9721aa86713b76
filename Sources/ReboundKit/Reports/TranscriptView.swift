import Foundation

/// `rebound show`: a transcript turn by turn in the terminal, each reply with its evidence
/// highlighted, the mood, flags and the scorecard (with the manager's review beside the
/// automatic verdicts). Everything from the file is neutralised before printing.
public struct TranscriptView: Sendable {
  public var graded: GradedTranscript
  public var style: TerminalStyle

  public init(graded: GradedTranscript, style: TerminalStyle) {
    self.graded = graded
    self.style = style
  }

  private func safe(_ text: String) -> String { TerminalStyle.neutralized(text) }

  public var text: String {
    let row = graded
    var out = style.paint("\(safe(row.trainee)) — \(safe(row.scenario))", .bold, bold: true) + "\n"
    out += "\(safe(row.file))\n"
    out += [row.date.isEmpty ? nil : safe(row.date), row.mode?.rawValue, row.outcome.map { "outcome \($0.rawValue)" }]
      .compactMap { $0 }.joined(separator: " · ") + "\n"
    for flag in row.flags { out += style.paint("⚠ \(flag.explanation)", .yellow) + "\n" }
    out += "\n"
    if let details = row.details {
      var reply = 0
      for line in details.lines {
        if line.speaker == .customer {
          let mood = line.mood.map { "  " + MoodMeter.render($0, style: style) } ?? ""
          out += style.paint("customer:", .bold, bold: true) + " " + safe(line.text) + "\n" + (mood.isEmpty ? "" : mood + "\n")
        } else {
          let verdict = reply < details.verdicts.count ? details.verdicts[reply] : nil
          reply += 1
          out += style.paint("trainee (\(reply)):", .bold, bold: true) + " " + highlighted(line.text, verdict: verdict) + "\n"
          for finding in verdict?.findings ?? [] {
            let color = Label.pitfalls.contains(finding.label) ? TerminalStyle.Color.red : TerminalStyle.color(for: finding.label)
            out += "    " + style.paint(finding.label.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0), color)
              + safe(EvidenceQuote.line(for: finding, in: line.text)) + "\n"
          }
          if let verdict, ReplyReading(verdict).offersExtra, let extra = verdict.extra {
            out += "    " + style.paint("extra".padding(toLength: 12, withPad: " ", startingAt: 0), .green)
              + safe(EvidenceQuote.line(for: extra, in: line.text)) + "\n"
          }
        }
        out += "\n"
      }
    }
    out += scorecard
    return out
  }

  /// The reply with each finding's words coloured by label (on a terminal).
  private func highlighted(_ text: String, verdict: Verdict?) -> String {
    guard style.colors, let verdict, !verdict.findings.isEmpty else { return safe(text) }
    let scalars = Array(text.unicodeScalars)
    var label: [Label?] = Array(repeating: nil, count: scalars.count)
    for finding in verdict.findings {
      for span in finding.spans {
        for offset in max(0, span.start)..<min(scalars.count, max(span.start, span.end)) where label[offset] == nil {
          label[offset] = finding.label
        }
      }
    }
    var out = ""
    var start = 0
    while start < scalars.count {
      var end = start + 1
      while end < scalars.count && label[end] == label[start] { end += 1 }
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[start..<end])
      let text = safe(String(piece))
      out += label[start].map { style.paint(text, Label.pitfalls.contains($0) ? .red : TerminalStyle.color(for: $0), bold: true) } ?? text
      start = end
    }
    return out
  }

  private var scorecard: String {
    let row = graded
    var out = style.paint("Scorecard", .bold, bold: true) + "\n"
    out += "  " + "".padding(toLength: 13, withPad: " ", startingAt: 0) + "automatic  reviewed\n"
    for move in Label.moves {
      let automatic = row.automatic.made(move), reviewed = row.made(move)
      out += "  " + move.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
        + GradeColumns.mark(automatic).padding(toLength: 11, withPad: " ", startingAt: 0) + GradeColumns.mark(reviewed)
        + (automatic == reviewed ? "" : style.paint("  (set by review)", .yellow)) + "\n"
    }
    for pitfall in Label.pitfalls {
      let automatic = row.automatic.count(of: pitfall), reviewed = row.count(of: pitfall)
      out += "  " + pitfall.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
        + String(automatic).padding(toLength: 11, withPad: " ", startingAt: 0) + String(reviewed)
        + (automatic == reviewed ? "" : style.paint("  (set by review)", .yellow)) + "\n"
    }
    let verdict =
      row.isTampered
      ? style.paint("TAMPERED: not a pass", .red, bold: true)
      : row.isUnverified ? style.paint("UNVERIFIED: not a pass", .yellow, bold: true)
      : row.passed ? style.paint("PASS", .green, bold: true) : style.paint("FAIL", .red, bold: true)
    out += "  score        \(String(row.automatic.score).padding(toLength: 11, withPad: " ", startingAt: 0))\(row.score)/100 — \(verdict) (pass mark \(row.reviewed.passMark))\n"
    for line in row.details?.reviewed.breakdown ?? [] {
      let points = line.points > 0 ? "+\(line.points)" : line.points < 0 ? "\(line.points)" : " 0"
      out += "    \(points.padding(toLength: 4, withPad: " ", startingAt: 0)) \(line.reason)\n"
    }
    for review in row.reviews {
      out += "\n" + style.paint("Review by \(safe(review.reviewer))", .bold, bold: true) + " (\(safe(review.time)))\n"
      for change in review.changes {
        let was = change.was.map { " (was \($0 ? "yes" : "no"))" } ?? ""
        out += "  \(change.item.name) → \(change.value ? "yes" : "no")\(was)\n"
      }
      if !review.comment.isEmpty { out += "  " + safe(review.comment) + "\n" }
    }
    return out
  }
}
