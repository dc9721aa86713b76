/// Whether and how to colour output: colour only on a terminal and never when `NO_COLOR` is set.
public struct TerminalStyle: Sendable, Equatable {
  public var colors: Bool

  public init(colors: Bool) { self.colors = colors }

  /// Colour when the stream is a terminal and `NO_COLOR` is absent or empty (no-color.org).
  public static func detect(isTerminal: Bool, environment: [String: String]) -> TerminalStyle {
    let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
    let dumb = environment["TERM"] == "dumb"
    return TerminalStyle(colors: isTerminal && !noColor && !dumb)
  }

  public static let plain = TerminalStyle(colors: false)

  public enum Color: String, Sendable {
    case green = "32", red = "31", yellow = "33", cyan = "36", magenta = "35", blue = "34", dim = "2", bold = "1"
  }

  public func paint(_ text: String, _ color: Color, bold: Bool = false) -> String {
    guard colors else { return text }
    let code = bold ? "1;\(color.rawValue)" : color.rawValue
    return "\u{1B}[\(code)m\(text)\u{1B}[0m"
  }

  /// The colour a label is shown in: the moves in green/cyan, the don'ts in red/yellow.
  public static func color(for label: Label) -> Color {
    switch label {
    case .acknowledge: .green
    case .communicate: .cyan
    case .apologize: .blue
    case .answer: .magenta
    case .excuse: .yellow
    case .blame, .rude: .red
    }
  }

  /// Text from a reply made safe to print: control characters (escape sequences among them)
  /// are shown as visible symbols and never reach the terminal.
  public static func neutralized(_ text: String) -> String { SafeText.visible(text) }
}
