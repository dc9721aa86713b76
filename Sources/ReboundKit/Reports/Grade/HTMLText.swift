/// Escaping for HTML text and attribute values: every piece of trainee or customer text goes
/// through here, so a reply containing `<script>` shows as text.
enum HTMLText {
  static func escape(_ text: String) -> String {
    // Most text has nothing to escape: return it as it is.
    if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) {
      return text
    }
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
    // Which findings cover each scalar, as a bit set of `words` 64-bit words per scalar.
    let words = max(1, (findings.count + 63) / 64)
    var covering = Array(repeating: UInt64(0), count: scalars.count * words)
    for (index, finding) in findings.enumerated() {
      for span in finding.spans where span.start < span.end {
        for offset in max(0, span.start)..<min(scalars.count, span.end) {
          covering[offset * words + index / 64] |= 1 << UInt64(index % 64)
        }
      }
    }
    func sameCover(_ a: Int, _ b: Int) -> Bool {
      (0..<words).allSatisfy { covering[a * words + $0] == covering[b * words + $0] }
    }
    var out = ""
    var start = 0
    while start < scalars.count {
      var end = start + 1
      while end < scalars.count && sameCover(end, start) { end += 1 }
      var piece = String.UnicodeScalarView()
      piece.append(contentsOf: scalars[start..<end])
      let escaped = escape(String(piece))
      let marks = findings.indices.filter { covering[start * words + $0 / 64] & (1 << UInt64($0 % 64)) != 0 }.map { findings[$0] }
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
