import Foundation
import ReboundKit
import Testing

/// `rebound play` on a real (pseudo-)terminal: GNU readline edits the line, keeps history
/// across sessions, cancels a line on Ctrl-C, and the customer answers at once.
@Suite(.enabled(if: PseudoTerminalSession.isAvailable, "needs /dev/ptmx and util-linux setsid"))
struct TerminalPlayTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path

  static func session(in folder: borrowing TemporaryDirectory) throws -> PseudoTerminalSession {
    try PseudoTerminalSession(
      ["play", "lost-pants", "--seed", "1", "--trainee", "ana", "--difficulty", "easy", "--scenarios", scenarios,
       "--transcripts", folder.url.path],
      environment: ["REBOUND_HISTORY": folder.url.appendingPathComponent("history").path])
  }

  static func savedReplies(in folder: borrowing TemporaryDirectory) throws -> [String] {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".txt") }
    return try files.sorted().flatMap { name in
      let text = try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
      return TranscriptParser(file: name).parse(text).transcript?.replies ?? []
    }
  }

  @Test func readlineEditsTheLineAndTheCustomerAnswers() throws {
    let folder = try TemporaryDirectory()
    let terminal = try Self.session(in: folder)
    #expect(terminal.waitFor("you> "), "no prompt: \(terminal.screen)")
    // Type with a stray letter at the front, jump to the start (Ctrl-A), delete it (Ctrl-D
    // deletes the character under the cursor on a non-empty line), and submit.
    terminal.type("XI'm so sorry about your trousers.")
    terminal.type("\u{01}\u{04}\r")
    let submitted = terminal.mark
    #expect(terminal.waitFor("Alex Moreau:", after: submitted), "no answer: \(terminal.screen)")
    #expect(terminal.waitFor("you> ", after: submitted))
    // Ctrl-C cancels a half-typed line; Ctrl-D on an empty line ends the session, saved.
    terminal.type("this line is cancelled")
    #expect(terminal.waitFor("cancelled", after: submitted))
    let beforeInterrupt = terminal.mark
    terminal.type("\u{03}")
    #expect(terminal.waitFor("you> ", after: beforeInterrupt), "\(terminal.screen)")
    terminal.type("\u{04}")
    #expect(terminal.waitFor("Debrief"), "\(terminal.screen)")
    #expect(terminal.waitForExit() == 0)
    let saved = try Self.savedReplies(in: folder)
    #expect(saved == ["I'm so sorry about your trousers."])
  }

  @Test func historyIsKeptAcrossSessionsAndTabCompletesCommands() throws {
    let folder = try TemporaryDirectory()
    let first = try Self.session(in: folder)
    #expect(first.waitFor("you> "))
    let typed = first.mark
    first.type("What happened last night?\r")
    #expect(first.waitFor("Alex Moreau:", after: typed))
    #expect(first.waitFor("you> ", after: typed))
    first.type("/qu\t\r")
    #expect(first.waitFor("Debrief"), "Tab did not complete /quit: \(first.screen)")
    #expect(first.waitForExit() == 0)

    let second = try Self.session(in: folder)
    #expect(second.waitFor("you> "))
    // Up arrow twice: "/quit" then the reply before it, from the first session's history.
    let recalled = second.mark
    second.type("\u{1B}[A\u{1B}[A\r")
    #expect(second.waitFor("Alex Moreau:", after: recalled))
    #expect(second.waitFor("you> ", after: recalled))
    second.type("\u{04}")
    #expect(second.waitForExit() == 0)
    let saved = try Self.savedReplies(in: folder)
    #expect(saved == ["What happened last night?", "What happened last night?"])
  }

  @Test func theCustomerAnswersWithinTwentyMilliseconds() throws {
    let folder = try TemporaryDirectory()
    let terminal = try Self.session(in: folder)
    #expect(terminal.waitFor("you> "))
    var times: [Double] = []
    for reply in ["What happened?", "That must have been frightening.", "Which cabin are you in?", "I see.", "Okay."] {
      let mark = terminal.mark
      let start = Date()
      terminal.type(reply + "\r")
      guard terminal.waitFor("you> ", after: mark) else { break }
      times.append(Date().timeIntervalSince(start))
    }
    terminal.type("\u{04}")
    _ = terminal.waitForExit()
    let median = try #require(times.sorted().dropFirst(times.count / 2).first)
    #expect(median < 0.020, "median reply time \(Int(median * 1000)) ms over \(times.count) replies")
  }
}
