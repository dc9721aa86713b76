import Foundation

/// Renders a verdict for a person (the reply with its evidence highlighted, then one line
/// per finding) or for tools (JSON).
public struct VerdictReport: Sendable {
  public var verdict: Verdict
  public var style: TerminalStyle

  public init(verdict: Verdict, style: TerminalStyle) {
    self.verdict = verdict
    self.style = style
  }

  public var text: String {
    var out = "> " + highlightedReply() + "\n"
    let width = (Label.allCases.map(\.rawValue.count).max() ?? 11) + 2
    if verdict.findings.isEmpty {
      out += "  " + style.paint("no label", .dim) + "\n"
    }
    for finding in verdict.findings {
      let name = finding.label.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)
      out += "  " + style.paint(name, TerminalStyle.color(for: finding.label), bold: true)
      out += TerminalStyle.neutralized(finding.explanation) + "  " + style.paint("[\(finding.rule)]", .dim) + "\n"
    }
    if let extra = verdict.extra {
      out += "  " + style.paint("extra".padding(toLength: width, withPad: " ", startingAt: 0), .green, bold: true)
      out += TerminalStyle.neutralized(extra.explanation) + "  " + style.paint("[\(extra.rule)]", .dim) + "\n"
    }
    guard !verdict.findings.isEmpty else { return out }
    out += "  labels: " + verdict.labels.map(\.rawValue).joined(separator: ", ")
      + (verdict.extra == nil ? "" : "; something extra") + "\n"
    return out
  }

  /// The reply with every evidence span in its label's colour (plain text without colour).
  func highlightedReply() -> String {
    let scalars = Array(verdict.text.unicodeScalars)
    guard style.colors else { return TerminalStyle.neutralized(verdict.text) }
    var colorAt = [TerminalStyle.Color?](repeating: nil, count: scalars.count)
    for finding in verdict.findings {
      for span in finding.spans where span.start < span.end && span.end <= scalars.count {
        for i in span.start..<span.end where colorAt[i] == nil { colorAt[i] = TerminalStyle.color(for: finding.label) }
      }
    }
    var out = ""
    var i = 0
    while i < scalars.count {
      var j = i
      while j < scalars.count && colorAt[j] == colorAt[i] { j += 1 }
      var run = String.UnicodeScalarView()
      run.append(contentsOf: scalars[i..<j])
      let piece = TerminalStyle.neutralized(String(run))
      out += colorAt[i].map { style.paint(piece, $0, bold: true) } ?? piece
      i = j
    }
    return out
  }

  struct JSONForm: Encodable {
    var text: String
    var labels: [Label]
    var cues: [String]
    var findings: [JSONFinding]
    /// The evidence of something extra; absent when the reply offers nothing extra.
    var extra: JSONFinding?
  }

  struct JSONFinding: Encodable {
    var label: Label
    var evidence: String
    var start: Int
    var end: Int
    var spans: [TextSpan]
    var rule: String
    var explanation: String
    /// Which layer made the finding.
    var by: FindingSource

    init(_ finding: Finding) {
      label = finding.label
      evidence = finding.evidence
      start = finding.start
      end = finding.end
      spans = finding.spans
      rule = finding.rule
      explanation = finding.explanation
      by = finding.madeByModel ? .model : .rubric
    }
  }

  /// `{"labels": [...], "cues": [...], "findings": [{"label", "evidence", "start", "end", "rule", "explanation", "by"}]}`.
  public var json: String {
    let form = JSONForm(
      text: verdict.text, labels: verdict.labels, cues: verdict.cues,
      findings: verdict.findings.map(JSONFinding.init), extra: verdict.extra.map(JSONFinding.init))
    return JSONText.encode(form)
  }
}

/// JSON with sorted keys and no escaped slashes, so output is byte-stable.
enum JSONText {
  static func encode(_ value: some Encodable, pretty: Bool = false) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(value) else { return "{}" }
    return String(decoding: data, as: UTF8.self)
  }
}
