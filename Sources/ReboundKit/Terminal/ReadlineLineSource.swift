import CReadline
public import Foundation

/// Reads lines with GNU readline on a terminal: line editing, history kept in a per-user
/// file across sessions, tab completion of the given words, Ctrl-C cancels the line being
/// typed, Ctrl-D ends the input.
public final class ReadlineLineSource: LineSource {
  private let historyFile: URL?
  private static let historyLimit: Int32 = 1000

  /// - Parameters:
  ///   - historyFile: where history is kept across sessions; nil keeps none.
  ///   - completions: the words Tab completes (slash commands, scenario ids).
  public init(historyFile: URL?, completions: [String]) {
    self.historyFile = historyFile
    ReadlineState.completions = completions.sorted()
    rebound_set_readline_name("rebound")
    rebound_set_completer { text, state in ReadlineState.complete(text, state) }
    rebound_install_interrupt_handling()
    using_history()
    if let historyFile {
      try? FileManager.default.createDirectory(
        at: historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
      read_history(historyFile.path)
    }
  }

  /// Changes what Tab completes (the menu completes scenario ids, the session commands).
  public func complete(_ words: [String]) { ReadlineState.completions = words.sorted() }

  public func readLine(prompt: String) -> LineInput {
    fflush(nil)
    _ = rebound_take_interrupt()
    guard let raw = readline(prompt) else {
      print()
      return .end
    }
    defer { free(raw) }
    if rebound_take_interrupt() != 0 { return .interrupted }
    let line = String(cString: raw)
    if !line.trimmingCharacters(in: .whitespaces).isEmpty {
      add_history(raw)
      if let historyFile {
        if append_history(1, historyFile.path) != 0 { write_history(historyFile.path) }
        history_truncate_file(historyFile.path, Self.historyLimit)
      }
    }
    return .line(line)
  }

  /// `$REBOUND_HISTORY`, else `$XDG_STATE_HOME/rebound/history`, else
  /// `~/.local/state/rebound/history`.
  public static func defaultHistoryFile(environment: [String: String]) -> URL? {
    if let path = environment["REBOUND_HISTORY"] { return path.isEmpty ? nil : URL(fileURLWithPath: path) }
    if let state = environment["XDG_STATE_HOME"], !state.isEmpty {
      return URL(fileURLWithPath: state).appendingPathComponent("rebound/history")
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return URL(fileURLWithPath: home).appendingPathComponent(".local/state/rebound/history")
  }
}

/// What readline's C callbacks read: they cannot capture Swift context.
private enum ReadlineState {
  nonisolated(unsafe) static var completions: [String] = []
  nonisolated(unsafe) static var matches: [String] = []

  static func complete(_ text: UnsafePointer<CChar>?, _ state: Int32) -> UnsafeMutablePointer<CChar>? {
    if state == 0 {
      let prefix = text.map { String(cString: $0) } ?? ""
      matches = completions.filter { $0.hasPrefix(prefix) }
    }
    let index = Int(state)
    guard index < matches.count else { return nil }
    return strdup(matches[index])
  }
}
