import Foundation
import ReboundKit
import Testing

/// What a session leaves on disk when it ends early or the disk refuses a write.
@Suite struct SessionSavingTests {
  @Test(arguments: [[String](), ["/quit"], ["/restart", "/quit"]])
  func leavingBeforeTheFirstReplySavesNoAttempt(_ lines: [String]) throws {
    let folder = try TemporaryDirectory()
    let outcome = try PlayCommandTests.play("lost-pants", lines, in: folder)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasSuffix("You left before your first reply: nothing was scored or saved.\n"), "\(outcome.stdout.suffix(300))")
    #expect(!outcome.stdout.contains("Score: "), "no debrief for a session with no reply")
    if lines.contains("/restart") { #expect(outcome.stdout.contains("Restarting. Nothing was saved: there was no reply yet.\n")) }
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
    #expect(left.isEmpty, "\(left)")
  }

  /// A file-size limit makes the disk refuse the fifth turn, as a full disk would.
  @Test func aRefusedWriteKeepsEveryWholeTurnAndSaysSo() throws {
    let folder = try TemporaryDirectory()
    let reply = "I am so sorry that someone got into your cabin and took your trousers and your belt. "
      + String(repeating: "We will make this right for you today, and I will check the lock on your cabin myself. ", count: 6)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    // An ignored SIGXFSZ stays ignored across exec, so the write fails with EFBIG instead.
    process.arguments = [
      "-c", "trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\"", try ReboundBinary.url().path, "play", "lost-pants", "--seed", "1",
      "--trainee", "ana", "--scenarios", PlayCommandTests.scenarios, "--transcripts", folder.url.path,
    ]
    let input = Pipe(), output = Pipe(), error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()
    input.fileHandleForWriting.write(Data(String(repeating: reply + "\n", count: 6).utf8))
    try input.fileHandleForWriting.close()
    _ = output.fileHandleForReading.readDataToEndOfFile()
    let stderr = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(stderr.contains("(File too large); that turn was not saved, and the transcript keeps every turn before it"), "\(stderr)")
    let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).first)
    let text = try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
    #expect(text.utf8.count <= 4096)
    let (transcript, problems) = TranscriptParser(file: name).parse(text)
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    let lines = try #require(transcript).lines
    #expect(lines.last?.speaker == .customer, "the file ends with a whole turn")
    let whole = reply.trimmingCharacters(in: .whitespaces)
    #expect(lines.filter { $0.speaker == .trainee }.allSatisfy { $0.text.trimmingCharacters(in: .whitespaces) == whole })
    #expect(lines.count { $0.speaker == .trainee } >= 2)
  }
}
