import Foundation

/// The commands a trainee can type instead of a reply.
public enum SlashCommand: String, CaseIterable, Sendable {
  case help, brief, hint, score, restart, quit

  public var summary: String {
    switch self {
    case .help: "list these commands"
    case .brief: "show the brief again"
    case .hint: "a nudge toward the next missing move (practice only)"
    case .score: "the score so far (practice only)"
    case .restart: "start the scenario again (this session is saved as abandoned)"
    case .quit: "end the session now and see the debrief (Ctrl-D does the same)"
    }
  }

  public static var names: [String] { allCases.map { "/" + $0.rawValue } }

  /// Reads "/hint" (any case, surrounding spaces allowed); nil when the line is a reply.
  public static func parse(_ line: String) -> Result<SlashCommand, UnknownCommand>? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("/"), !trimmed.contains(" ") else { return nil }
    let name = trimmed.dropFirst().lowercased()
    if let command = SlashCommand(rawValue: name) { return .success(command) }
    return .failure(UnknownCommand(name: trimmed))
  }

  public struct UnknownCommand: Error, CustomStringConvertible {
    public let name: String
    public var description: String {
      "unknown command \(name)\(suggestion(name.lowercased(), among: SlashCommand.names)); type /help for the list"
    }
  }
}
