/// The one place text from files and people is made safe to show, in every output Rebound
/// writes: the terminal, standard error, Markdown, CSV, JSON and HTML.
///
/// Two kinds of character are dangerous there. Control characters (C0, DEL, C1) carry
/// escape sequences that recolour a terminal, retitle its window or ring its bell.
/// Bidirectional controls (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F,
/// U+061C) reorder what a reader sees, so "name‮txt.exe" reads as something else.
public enum SafeText {
  /// Whether a scalar reorders the text around it.
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
    default: false
    }
  }

  /// Whether a scalar must not reach an output as it is.
  public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || isBidiControl(scalar)
  }

  /// `text` with every control shown as a visible symbol (U+2400 + its code; a line break as
  /// ␤ unless `keepingLineBreaks`, which keeps LF and CR; DEL as ␡) and every C1 or bidirectional control as U+FFFD.
  /// A tab is kept.
  public static func visible(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard text.unicodeScalars.contains(where: { isUnsafe($0) && !(keepingLineBreaks && ($0 == "\n" || $0 == "\r")) && $0 != "\t" })
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09: result.append(scalar)
      case 0x0A where keepingLineBreaks, 0x0D where keepingLineBreaks: result.append(scalar)
      case 0x0A: result.append(contentsOf: "␤".unicodeScalars)
      case 0x00...0x1F: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: result.append("␡")
      case 0x80...0x9F: result.append("\u{FFFD}")
      default: result.append(isBidiControl(scalar) ? "\u{FFFD}" : scalar)
      }
    }
    return String(result)
  }

  /// `text` with C1 and bidirectional controls as U+FFFD and nothing else changed: for
  /// outputs that escape C0 controls their own way (HTML, JSON).
  static func withoutInvisibleControls(_ text: String) -> String {
    guard hasInvisibleControl(text.utf8) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append((0x80...0x9F).contains(scalar.value) || isBidiControl(scalar) ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }

  /// Whether UTF-8 text holds a C1 or bidirectional control, found from the bytes (reports
  /// ask this of every piece of text they write).
  static func hasInvisibleControl(_ utf8: String.UTF8View) -> Bool {
    utf8.withContiguousStorageIfAvailable(hasInvisibleControl) ?? hasInvisibleControl(Array(utf8))
  }

  /// The same over bytes: every such control starts with C2, D8 or E2, so other bytes are
  /// passed over with one comparison.
  private static func hasInvisibleControl(_ bytes: some RandomAccessCollection<UInt8>) -> Bool {
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let byte = bytes[index]
      index = bytes.index(after: index)
      guard byte == 0xC2 || byte == 0xD8 || byte == 0xE2, index != bytes.endIndex else { continue }
      let second = bytes[index]
      switch (byte, second) {
      case (0xC2, 0x80...0x9F), (0xD8, 0x9C): return true
      case (0xE2, 0x80), (0xE2, 0x81):
        let thirdIndex = bytes.index(after: index)
        guard thirdIndex != bytes.endIndex else { return false }
        switch (second, bytes[thirdIndex]) {
        case (0x80, 0x8E), (0x80, 0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): return true
        default: break
        }
      default: break
      }
    }
    return false
  }
}
