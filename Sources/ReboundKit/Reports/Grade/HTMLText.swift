/// Escaping for HTML text and attribute values: every piece of trainee or customer text goes
/// through here, so a reply containing `<script>` shows as text.
enum HTMLText {
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        // Control characters (escape sequences among them) are shown as visible symbols.
        if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" {
          out.unicodeScalars.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
        } else if scalar.value == 0x7F {
          out += "␡"
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// A reply with each finding's words wrapped in `<mark>`: the label as a class, the
  /// explanations as a tooltip.
  static func highlighted(_ text: String, findings: [Finding]) -> String {
    let scalars = Array(text.unicodeScalars)
    var covering = Array(repeating: [Int](), count: scalars.count)
    for (index, finding) in findings.enumerated() {
      for span in finding.spans where span.start < span.end {
        for offset in max(0, span.start)..<min(scalars.count, span.end) { covering[offset].append(index) }
      }
    }
    var out = ""
    var start = 0
    while start < scalars.count {
      var end = start + 1
      while end < scalars.count && covering[end] == covering[start] { end += 1 }
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[start..<end])
      let escaped = escape(String(piece))
      let marks = covering[start].map { findings[$0] }
      if marks.isEmpty {
        out += escaped
      } else {
        let classes = Set(marks.map(\.label.rawValue)).sorted().map { "l-\($0)" }.joined(separator: " ")
        let title = marks.map { "\($0.label.rawValue): \($0.explanation)" }.joined(separator: "\n")
        out += "<mark class=\"\(classes)\" title=\"\(escape(title))\">\(escaped)</mark>"
      }
      start = end
    }
    return out
  }
}
