/// One problem in a text file a person wrote (a scenario, a transcript): where it is, what is
/// wrong, and the line it is on, so it can be shown with a caret under the place.
public struct SourceDiagnostic: Sendable, Equatable, CustomStringConvertible {
  public enum Severity: String, Sendable, Equatable { case error, warning }

  public var file: String
  /// 1-based; 0 when the problem is about the whole file.
  public var line: Int
  /// 1-based, counted in Unicode scalars; 0 when there is no column.
  public var column: Int
  public var severity: Severity
  public var message: String
  /// The text of the line, for the caret display.
  public var sourceLine: String?

  public init(
    file: String, line: Int, column: Int, severity: Severity = .error, message: String, sourceLine: String? = nil
  ) {
    self.file = file
    self.line = line
    self.column = column
    self.severity = severity
    self.message = message
    self.sourceLine = sourceLine
  }

  /// `file:line:col: error: message`.
  public var description: String {
    var location = file
    if line > 0 { location += ":\(line)" }
    if line > 0 && column > 0 { location += ":\(column)" }
    return TerminalStyle.neutralized("\(location): \(severity.rawValue): \(message)")
  }

  /// The description, then the source line and a caret under the column.
  public var rendered: String {
    guard let sourceLine, column > 0 else { return description }
    // A very long line is shown around the column, not whole.
    let scalars = sourceLine.unicodeScalars.map { $0 == "\t" ? " " : $0 }
    let width = 120
    let start = max(0, min(column - 1 - width / 2, scalars.count - width))
    let end = min(scalars.count, start + width)
    var excerpt = String.UnicodeScalarView()
    excerpt.append(contentsOf: scalars[start..<end])
    let shown = (start > 0 ? "…" : "") + TerminalStyle.neutralized(String(excerpt)) + (end < scalars.count ? "…" : "")
    let caret = String(repeating: " ", count: column - 1 - start + (start > 0 ? 1 : 0)) + "^"
    return "\(description)\n    \(shown)\n    \(caret)"
  }
}

extension Array where Element == SourceDiagnostic {
  public var errorCount: Int { count { $0.severity == .error } }
  public var hasErrors: Bool { contains { $0.severity == .error } }
}
