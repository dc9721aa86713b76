import Foundation

/// The commands of `rebound learn`, typed instead of a reply.
public enum LessonCommand: String, CaseIterable, Sendable {
  case skip, example, help, quit

  public var summary: String {
    switch self {
    case .skip: "skip this move and go on to the next"
    case .example: "show the example again"
    case .help: "list these commands"
    case .quit: "stop the lesson here (Ctrl-D does the same)"
    }
  }

  public static var names: [String] { allCases.map { "/" + $0.rawValue } }

  /// Reads "/skip" (any case, surrounding spaces allowed); nil when the line is a reply.
  public static func parse(_ line: String) -> Result<LessonCommand, UnknownCommand>? {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("/"), !trimmed.contains(" ") else { return nil }
    if let command = LessonCommand(rawValue: trimmed.dropFirst().lowercased()) { return .success(command) }
    return .failure(UnknownCommand(name: trimmed))
  }

  public struct UnknownCommand: Error, Equatable, CustomStringConvertible {
    public let name: String
    public var description: String {
      "unknown command \(name)\(suggestion(name.lowercased(), among: LessonCommand.names)); type /help for the list"
    }
  }
}
