/// Escaping for HTML text and attribute values: every piece of trainee or customer text goes
/// through here, so a reply containing `<script>` shows as text.
enum HTMLText {
  static func escape(_ text: String) -> String {
    let text = SafeText.withoutInvisibleControls(text)
    // Most text has nothing to escape: return it as it is.
    guard text.utf8.contains(where: needsEscape) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 16)
    append(text.utf8, escapedTo: &out)
    return String(decoding: out, as: UTF8.self)
  }

  private static func append(_ bytes: some Collection<UInt8>, escapedTo out: inout [UInt8]) {
    let done: Void? = bytes.withContiguousStorageIfAvailable { append($0, escapedTo: &out) }
    if done == nil { append(Array(bytes), escapedTo: &out) }
  }

  /// Copies runs that need no escaping whole; most text is one run.
  private static func append(_ bytes: UnsafeBufferPointer<UInt8>, escapedTo out: inout [UInt8]) {
    var run = 0
    for (offset, byte) in bytes.enumerated() where needsEscape(byte) {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<offset]))
      run = offset + 1
      switch byte {
      case UInt8(ascii: "&"): out += "&amp;".utf8
      case UInt8(ascii: "<"): out += "&lt;".utf8
      case UInt8(ascii: ">"): out += "&gt;".utf8
      case UInt8(ascii: "\""): out += "&quot;".utf8
      case UInt8(ascii: "'"): out += "&#39;".utf8
      // Control characters (escape sequences among them) are shown as visible symbols:
      // U+2400 + the code, in UTF-8 E2 90 80+code; DEL as U+2421.
      case 0x7F: out += [0xE2, 0x90, 0xA1]
      default: out += [0xE2, 0x90, 0x80 + byte]
      }
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run...]))
  }

  private static func needsEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F: true
    case 0x00..<0x20: byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t")
    default: false
    }
  }

  /// A reply with each finding's words wrapped in `<mark>`: the label as a class, the
  /// explanations as a tooltip. Spans count Unicode scalars; `text` must already be without
  /// invisible controls (`SafeText.withoutInvisibleControls`, which keeps one scalar for one).
  static func highlighted(_ text: ScalarText, findings: [Finding]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(text.bytes.count * 2)
    guard !findings.isEmpty else {
      append(text.bytes, escapedTo: &out)
      return String(decoding: out, as: UTF8.self)
    }
    let scalarCount = text.count
    // Which findings cover each scalar, as a bit set of `words` 64-bit words per scalar.
    let words = (findings.count + 63) / 64
    var covering = Array(repeating: UInt64(0), count: scalarCount * words)
    for (index, finding) in findings.enumerated() {
      for span in finding.spans where span.start < span.end {
        for offset in max(0, span.start)..<min(scalarCount, span.end) {
          covering[offset * words + index / 64] |= 1 << UInt64(index % 64)
        }
      }
    }
    func sameCover(_ a: Int, _ b: Int) -> Bool {
      (0..<words).allSatisfy { covering[a * words + $0] == covering[b * words + $0] }
    }
    var start = 0
    while start < scalarCount {
      var end = start + 1
      while end < scalarCount && sameCover(end, start) { end += 1 }
      let piece = text.utf8(start..<end)
      let marks = findings.indices.filter { covering[start * words + $0 / 64] & (1 << UInt64($0 % 64)) != 0 }.map { findings[$0] }
      if marks.isEmpty {
        append(piece, escapedTo: &out)
      } else {
        let classes = Set(marks.map(\.label.rawValue)).sorted().map { "l-\($0)" }.joined(separator: " ")
        let title = marks.map { "\($0.label.rawValue): \($0.explanation)" }.joined(separator: "\n")
        out += "<mark class=\"\(classes)\" title=\"".utf8
        append(SafeText.withoutInvisibleControls(title).utf8, escapedTo: &out)
        out += "\">".utf8
        append(piece, escapedTo: &out)
        out += "</mark>".utf8
      }
      start = end
    }
    return String(decoding: out, as: UTF8.self)
  }
}
