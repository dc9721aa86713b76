#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Word wrapping for text shown on a terminal, so a long line of the customer's breaks between
/// words rather than in the middle of one.
public enum TextWrap {
  /// Wraps each paragraph of `text` to `width` columns; continuation lines start with `indent`.
  /// A word longer than the width stays whole on its own line.
  public static func wrap(_ text: String, width: Int, indent: String = "") -> String {
    guard width > indent.count + 10 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph in
      var lines: [String] = []
      var line = ""
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        let limit = lines.isEmpty ? width : width - indent.count
        if line.isEmpty {
          line = String(word)
        } else if line.count + 1 + word.count <= limit {
          line += " " + word
        } else {
          lines.append(line)
          line = String(word)
        }
      }
      lines.append(line)
      return lines.enumerated().map { $0.offset == 0 ? $0.element : indent + $0.element }.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// The width of the terminal on a file descriptor, or nil when it is not a terminal.
  public static func terminalColumns(of descriptor: Int32) -> Int? {
    guard isatty(descriptor) == 1 else { return nil }
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }
}
