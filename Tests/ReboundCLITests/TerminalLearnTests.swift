import Foundation
import Testing

/// `rebound learn` on a (pseudo-)terminal: readline's prompt, Tab completes the lesson's
/// commands, Ctrl-C cancels a line, Ctrl-D stops the lesson cleanly.
@Suite(.enabled(if: PseudoTerminalSession.isAvailable, "needs /dev/ptmx and util-linux setsid"))
struct TerminalLearnTests {
  @Test func tabCompletesSkipAndCtrlDStopsTheLesson() throws {
    let folder = try TemporaryDirectory()
    let terminal = try PseudoTerminalSession(
      ["learn", "--trainee", "zoe", "--scenarios", ReboundBinary.packageRoot.appendingPathComponent("scenarios").path,
       "--transcripts", folder.url.appendingPathComponent("t").path],
      environment: ["REBOUND_HISTORY": folder.url.appendingPathComponent("history").path])
    #expect(terminal.waitFor("you> "), "no prompt: \(terminal.screen)")
    terminal.type("a line I cancel")
    #expect(terminal.waitFor("cancel"))
    let beforeInterrupt = terminal.mark
    terminal.type("\u{03}")
    #expect(terminal.waitFor("you> ", after: beforeInterrupt), "\(terminal.screen)")
    let typed = terminal.mark
    terminal.type("/sk\t\r")
    #expect(terminal.waitFor("Skipped acknowledge.", after: typed), "Tab did not complete /skip: \(terminal.screen)")
    #expect(terminal.waitFor("Move 2 of 4: communicate", after: typed))
    #expect(terminal.waitFor("you> ", after: typed))
    terminal.type("\u{04}")
    #expect(terminal.waitFor("The lesson stopped here."), "\(terminal.screen)")
    #expect(terminal.waitForExit() == 0)
    #expect(!FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("t").path))
  }
}
