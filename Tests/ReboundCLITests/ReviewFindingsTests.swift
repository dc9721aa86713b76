import Foundation
import ReboundKit
import Testing

/// Problems found in review of the simulator and the grading commands, each pinned by a test.
@Suite struct ReviewFindingsTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path

  /// `play` no longer saves a session left before its first reply, but such transcripts
  /// exist (older versions saved them, and people write them by hand): they are graded.
  @Test func aSessionQuitBeforeAnyReplyIsGradedNotRejected() throws {
    let folder = try TemporaryDirectory()
    try folder.write(
      "quit.txt",
      "format: 1\nscenario: wrong-order\ntrainee: x\nmode: practice\noutcome: abandoned\n\ncustomer [mood 80]: This is not what I ordered.\n")
    let result = try ReboundBinary.run(["grade", folder.url.path, "--scenarios", Self.scenarios, "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(",abandoned,0,"))
  }

  @Test func aReplyWithACarriageReturnIsNotFlaggedAsTampered() throws {
    let folder = try TemporaryDirectory()
    _ = try ReboundBinary.run(
      ["play", "wrong-order", "--seed", "1", "--trainee", "x", "--scenarios", Self.scenarios, "--transcripts", folder.url.path],
      stdin: "mid\rCR here\n")
    let result = try ReboundBinary.run(["grade", folder.url.path, "--scenarios", Self.scenarios, "--format", "csv"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("tampered"))
  }

  @Test func escapeSequencesInAMalformedTranscriptNeverReachTheTerminal() throws {
    let folder = try TemporaryDirectory()
    let file = try folder.write("e.txt", "scenario: lost-pants\ntrainee: x\n\ncustomer: hi\ntrainee: sorry\n\u{1B}[31mEVIL\u{1B}]0;pwned\u{07} no colon\n")
    let result = try ReboundBinary.run(["show", file, "--scenarios", Self.scenarios])
    #expect(result.status == 2)
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(result.stderr.contains("␛[31mEVIL"))
  }

  @Test func lintRejectsARubricClassInAScenarioVocabulary() throws {
    let folder = try TemporaryDirectory()
    let text = try String(contentsOfFile: Self.scenarios + "/wrong-order.yaml", encoding: .utf8)
    let broken = text.replacingOccurrences(of: "    items: [", with: "    items: [\"{nosuchclass} bass\", ")
    #expect(broken != text)
    try folder.write("wrong-order.yaml", broken)
    let result = try ReboundBinary.run(["lint", folder.url.path])
    #expect(result.status == 1)
    #expect(result.stdout.contains("cannot use the rubric class '{nosuchclass}'"))
  }

  @Test func lintOfACRLFFileShowsTheSourceLineAndADuplicateKeyHasItsPlace() throws {
    let folder = try TemporaryDirectory()
    let text = try String(contentsOfFile: Self.scenarios + "/wrong-order.yaml", encoding: .utf8)
    try folder.write("wrong-order.yaml", text.replacingOccurrences(of: "difficulty: easy", with: "difficulty: esay").replacingOccurrences(of: "\n", with: "\r\n"))
    try folder.write("dup.yaml", "id: dup\ntitle: One\ntitle: Two\n")
    let result = try ReboundBinary.run(["lint", folder.url.path])
    #expect(result.stdout.contains("unknown difficulty 'esay' (did you mean 'easy'?)"))
    #expect(result.stdout.contains("\n    difficulty: esay\n"))
    #expect(result.stdout.contains("dup.yaml:"))
    #expect(result.stdout.contains("a key is given twice in this mapping: 'title'"))
    #expect(!result.stdout.contains("id: dup\ntitle: One"))
  }

  @Test func listWithoutAScenariosFolderSaysSoAndFails() throws {
    let folder = try TemporaryDirectory()
    let result = try ReboundBinary.run(["list"], in: folder.url)
    #expect(result.status == 1)
    #expect(result.stderr.contains("no scenario files"))
  }

  @Test func aMinScoreGateWithNothingGradedFails() throws {
    let folder = try TemporaryDirectory()
    try folder.write("a.txt", "scenario: lost-pants\ntrainee: ana\n\ntrainee: I'm so sorry.\n")
    let result = try ReboundBinary.run(
      ["grade", folder.url.path, "--trainee", "nobody", "--min-score", "80", "--scenarios", Self.scenarios])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no transcript was graded"))
  }

  @Test func pipedInputIsNeverColouredEvenWhenOutputIsATerminal() throws {
    let folder = try TemporaryDirectory()
    let script = "printf 'sorry\\n' | \(try ReboundBinary.url().path) play wrong-order --seed 1 --trainee x --scenarios \(Self.scenarios) --transcripts \(folder.url.path)"
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qc", script, "/dev/null"]
    process.environment = ReboundBinary.environment([:])
    let output = Pipe()
    process.standardOutput = output
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("Debrief"))
    #expect(!text.contains("\u{1B}["))
  }
}
