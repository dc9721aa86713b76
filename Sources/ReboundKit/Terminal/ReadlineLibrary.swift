import CReadline

/// GNU readline, which the interactive simulator uses for line editing and history.
public enum ReadlineLibrary {
  /// The version of the readline library this build links, e.g. "8.2".
  public static var version: String {
    guard let text = rebound_readline_version() else { return "unknown" }
    return String(cString: text)
  }
}
