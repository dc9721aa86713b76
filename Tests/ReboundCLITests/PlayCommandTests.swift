import Foundation
import ReboundKit
import Testing

/// `rebound play` end to end: the real binary, piped input, transcripts on disk.
@Suite struct PlayCommandTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path

  /// The replies of one stored path of a bundled scenario.
  static func replies(_ id: String, expecting outcome: Outcome) throws -> [String] {
    let library = ScenarioLibrary.load(paths: [scenarios + "/\(id).yaml"])
    let scenario = try #require(library.scenario(id: id))
    return try #require(scenario.paths.first { $0.expect == outcome }).replies
  }

  static func play(
    _ id: String, _ lines: [String], arguments: [String] = [], in folder: borrowing TemporaryDirectory
  ) throws -> ReboundBinary.Outcome {
    try ReboundBinary.run(
      ["play", id, "--seed", "1", "--trainee", "ana", "--scenarios", scenarios, "--transcripts", folder.url.path]
        + arguments,
      stdin: lines.map { $0 + "\n" }.joined())
  }

  static func transcripts(in folder: borrowing TemporaryDirectory) throws -> [Transcript] {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).filter { $0.hasSuffix(".txt") }.sorted()
    return try files.map { name in
      let text = try String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)
      let (transcript, problems) = TranscriptParser(file: name).parse(text)
      #expect(problems.isEmpty, "\(problems.map(\.description))")
      return try #require(transcript)
    }
  }

  static func score(in output: String) -> Int? {
    guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Score: ") }) else { return nil }
    return Int(line.dropFirst("Score: ".count).prefix { $0.isNumber })
  }

  @Test(arguments: ["lost-pants", "broken-glassware"])
  func theGoodPathEndsResolvedWithAHighScoreAndASavedTranscript(_ id: String) throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play(id, try Self.replies(id, expecting: .resolved), in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Outcome: resolved"))
    #expect(result.stdout.contains("PASS"))
    #expect((Self.score(in: result.stdout) ?? 0) >= 80)
    #expect(!result.stdout.contains("\u{1B}["), "piped output has no escape codes")
    let transcript = try #require(try Self.transcripts(in: folder).first)
    #expect(transcript.header.outcome == .resolved)
    #expect(transcript.header.scenario == id)
    #expect(transcript.header.trainee == "ana")
    #expect(transcript.header.scenarioHash?.count == 16)
    #expect(transcript.header.rubric?.count == 16)
    #expect(transcript.replies == (try Self.replies(id, expecting: .resolved)))
  }

  @Test(arguments: ["lost-pants", "broken-glassware"])
  func theBadPathEndsWithTheCustomerWalkingOutAndALowScore(_ id: String) throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play(id, try Self.replies(id, expecting: .walkedOut), in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains("walked out"))
    #expect(result.stdout.contains("FAIL"))
    #expect((Self.score(in: result.stdout) ?? 100) <= 30)
    #expect(try Self.transcripts(in: folder).first?.header.outcome == .walkedOut)
  }

  @Test func theSameSeedPlaysTheSameSessionWordForWord() throws {
    let replies = ["Hello.", "What happened?", "That sounds awful.", "/hint", "Okay."]
    let first = try TemporaryDirectory(), second = try TemporaryDirectory()
    let one = try Self.play("lost-pants", replies, in: first).stdout
    let two = try Self.play("lost-pants", replies, in: second).stdout
    func withoutPaths(_ text: String) -> String {
      text.split(separator: "\n").filter { !$0.hasPrefix("Transcript saved") }.joined(separator: "\n")
    }
    #expect(withoutPaths(one) == withoutPaths(two))
    #expect(one.contains("Hint (full"))
  }

  @Test func theEndOfInputEndsTheSessionSavedAndDebriefed() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play("lost-pants", ["I'm so sorry about your trousers."], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Outcome: ended early after 1 reply"))
    #expect(result.stdout.contains("Transcript saved: "))
    let transcript = try #require(try Self.transcripts(in: folder).first)
    #expect(transcript.header.outcome == .abandoned)
    #expect(transcript.replies == ["I'm so sorry about your trousers."])
  }

  @Test func quitAndRestartEachSaveTheirSession() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play("lost-pants", ["Hello.", "/restart", "I'm so sorry.", "/quit", "never read"], in: folder)
    #expect(result.status == 0)
    #expect(result.stdout.contains("Restarting."))
    let transcripts = try Self.transcripts(in: folder)
    #expect(transcripts.count == 2)
    #expect(Set(transcripts.flatMap(\.replies)) == ["Hello.", "I'm so sorry."])
    #expect(transcripts.allSatisfy { $0.header.outcome == .abandoned })
  }

  @Test func examModeShowsNoFeedbackAndNoHintUntilTheEnd() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play("lost-pants", ["I'm so sorry.", "/hint", "/score"], arguments: ["--mode", "exam"], in: folder)
    #expect(!result.stdout.contains("still missing"))
    #expect(result.stdout.contains("No hints in exam mode."))
    #expect(result.stdout.contains("In exam mode the score is shown at the end."))
    #expect(result.stdout.contains("Score: "))
    #expect(try Self.transcripts(in: folder).first?.header.mode == .exam)
  }

  @Test func practiceModeQuotesTheEvidenceAndExplainsAPitfall() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play("lost-pants", ["Are you sure you locked your door?"], arguments: ["--difficulty", "easy"], in: folder)
    #expect(result.stdout.contains("✗ blame        'Are you sure you locked your door'"), "the clause, not a word")
    #expect(result.stdout.contains("blame tells the customer the problem is theirs"))
    #expect(result.stdout.contains("still missing: acknowledge, communicate, apologize, answer"))
  }

  @Test(arguments: ["../../x", "a/b", ".hidden"])
  func aTraineeNameThatCouldEscapeTheFolderIsRefused(_ name: String) throws {
    let folder = try TemporaryDirectory()
    let result = try ReboundBinary.run(
      ["play", "lost-pants", "--trainee", name, "--scenarios", Self.scenarios, "--transcripts", folder.url.path],
      stdin: "Hello.\n")
    #expect(result.status != 0)
    #expect(result.stderr.contains("trainee name '\(name)' is not allowed"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).isEmpty)
  }

  @Test func anUnknownScenarioSuggestsTheNearestID() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play("lost-pant", [], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("no scenario 'lost-pant'"))
    #expect(result.stderr.contains("(did you mean 'lost-pants'?)"))
  }

  @Test func anEscapeSequenceTypedAsAReplyNeverReachesTheTerminal() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.play("lost-pants", ["sorry \u{1B}]0;pwned\u{07} about that"], in: folder)
    #expect(!result.stdout.contains("\u{1B}]0;"))
    #expect(result.stdout.contains("␛]0;pwned␇"))
  }
}

extension PlayCommandTests {
  @Test func aKilledSessionKeepsEveryReplyAndIsMarkedUnfinished() throws {
    let folder = try TemporaryDirectory()
    let process = Process()
    process.executableURL = try ReboundBinary.url()
    process.arguments = [
      "play", "lost-pants", "--seed", "1", "--trainee", "ana", "--scenarios", Self.scenarios, "--transcripts",
      folder.url.path,
    ]
    process.environment = ReboundBinary.environment([:])
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    input.fileHandleForWriting.write(Data("I'm so sorry about your trousers.\n".utf8))
    // Wait until the reply and the customer's answer are on disk, then kill -9.
    let deadline = Date().addingTimeInterval(60)
    var text = ""
    while Date() < deadline {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.url.path)) ?? []
      if let name = files.first(where: { $0.hasSuffix(".txt") }) {
        text = (try? String(contentsOf: folder.url.appendingPathComponent(name), encoding: .utf8)) ?? ""
        if text.split(separator: "\n").filter({ $0.hasPrefix("customer") }).count >= 2 { break }
      }
      Thread.sleep(forTimeInterval: 0.05)
    }
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    let (transcript, problems) = TranscriptParser(file: "killed").parse(text)
    #expect(problems.isEmpty)
    #expect(transcript?.header.outcome == .unfinished)
    #expect(transcript?.replies == ["I'm so sorry about your trousers."])
  }

  @Test func theExampleTranscriptsAreReadableAndShowAGoodAndABadSessionOfEachRequiredScenario() throws {
    let folder = ReboundBinary.packageRoot.appendingPathComponent("transcripts/examples")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
    var seen: Set<String> = []
    for name in names {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let (transcript, problems) = TranscriptParser(file: name).parse(text)
      #expect(problems.isEmpty, "\(name): \(problems.map(\.description))")
      if let header = transcript?.header { seen.insert("\(header.scenario) \(header.outcome?.rawValue ?? "-")") }
    }
    #expect(seen.isSuperset(of: [
      "lost-pants resolved", "lost-pants walked-out", "broken-glassware resolved", "broken-glassware walked-out",
    ]))
  }
}
