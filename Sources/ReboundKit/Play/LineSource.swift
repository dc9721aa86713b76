/// Where the trainee's lines come from: GNU readline on a terminal, plain lines otherwise.
public protocol LineSource {
  mutating func readLine(prompt: String) -> LineInput
}

public enum LineInput: Equatable, Sendable {
  case line(String)
  /// Ctrl-C: the line being typed was cancelled.
  case interrupted
  /// End of input (Ctrl-D, or the pipe closed).
  case end
}

/// Reads standard input line by line with no escape codes. With `echo`, each line read is
/// printed after its prompt, so the output of a piped session reads like the conversation.
public struct PlainLineSource: LineSource {
  public var echo: ((String) -> Void)?

  public init(echo: ((String) -> Void)? = nil) { self.echo = echo }

  public mutating func readLine(prompt: String) -> LineInput {
    guard var line = Swift.readLine(strippingNewline: true) else { return .end }
    if line.hasSuffix("\r") { line.removeLast() }
    echo?(prompt + TerminalStyle.neutralized(line) + "\n")
    return .line(line)
  }
}
