import Foundation
import ReboundKit
import Testing

/// Transcripts: written as the session goes, never overwritten, read back with line errors.
@Suite struct TranscriptTests {
  static let header = TranscriptHeader(
    scenario: "lost-pants", scenarioHash: "0123456789abcdef", rubric: "fedcba9876543210", trainee: "ana",
    mode: .practice, difficulty: .hard, seed: 4, passMark: 80, started: "2026-11-23T10:00:00Z")
  static let date = Date(timeIntervalSince1970: 1_795_000_000)

  @Test func eachLineIsOnDiskAsSoonAsItIsAppendedAndTheEndRewritesTheHeader() throws {
    let folder = try TemporaryFolder()
    let writer = try TranscriptWriter(directory: folder.url, header: Self.header, at: Self.date)
    try writer.append(TranscriptLine(speaker: .customer, text: "My cabin was broken into.", mood: 80))
    try writer.append(TranscriptLine(speaker: .trainee, text: "I'm so sorry."))
    let during = try String(contentsOf: writer.url, encoding: .utf8)
    #expect(during.contains("outcome: unfinished"))
    #expect(during.hasSuffix("trainee: I'm so sorry.\n"))
    let (unfinished, problems) = TranscriptParser(file: "t").parse(during)
    #expect(problems.isEmpty)
    #expect(unfinished?.header.outcome == .unfinished)

    try writer.finish(outcome: .resolved, at: Self.date)
    let text = try String(contentsOf: writer.url, encoding: .utf8)
    let (transcript, _) = TranscriptParser(file: "t").parse(text)
    let parsed = try #require(transcript)
    #expect(parsed.header.outcome == .resolved)
    #expect(parsed.header.ended != nil)
    #expect(parsed.header.seed == 4)
    #expect(parsed.lines.map(\.speaker) == [.customer, .trainee])
    #expect(parsed.lines[0].mood == 80)
    #expect(parsed.replies == ["I'm so sorry."])
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == [writer.url.lastPathComponent])
  }

  @Test func twoSessionsInTheSameSecondGetTwoFiles() throws {
    let folder = try TemporaryFolder()
    let first = try TranscriptWriter(directory: folder.url, header: Self.header, at: Self.date)
    let second = try TranscriptWriter(directory: folder.url, header: Self.header, at: Self.date)
    #expect(first.url != second.url)
    #expect(first.url.lastPathComponent.hasSuffix("-ana-lost-pants.txt"))
    #expect(second.url.lastPathComponent.hasSuffix("-ana-lost-pants-2.txt"))
  }

  @Test func aHandWrittenChatLogIsReadWithContinuationLinesAndComments() throws {
    let text = """
      scenario: broken-glassware
      trainee: sam

      # copied from the chat window on 12 March
      customer: One of the glasses arrived broken.
      trainee: I'm so sorry, that's not the gift you wanted to give.
        I'll send a replacement glass today.
      Customer: Thank you.
      """
    let (transcript, problems) = TranscriptParser(file: "chat.txt").parse(text)
    #expect(problems.isEmpty)
    let parsed = try #require(transcript)
    #expect(parsed.header.outcome == nil)
    #expect(parsed.replies == ["I'm so sorry, that's not the gift you wanted to give.\nI'll send a replacement glass today."])
    #expect(parsed.lines.count == 3)
  }

  @Test func everyProblemComesWithItsLine() {
    let text = """
      scenario: lost-pants
      trainee: ana
      mode: exma
      colour: blue

      customer: Hello.
      traniee: Sorry.
      just some words
      customer [mood 300]: What?
      """
    let (transcript, problems) = TranscriptParser(file: "bad.txt").parse(text)
    #expect(transcript == nil)
    let described = problems.map(\.description)
    #expect(described.contains("bad.txt:3: error: unknown mode 'exma' (did you mean 'exam'?); expected one of: practice, exam"))
    #expect(described.contains("bad.txt:4:1: error: unknown header field 'colour'"))
    #expect(described.contains("bad.txt:7:1: error: unknown speaker 'traniee' (did you mean 'trainee'?); expected 'customer' or 'trainee'"))
    #expect(described.contains { $0.hasPrefix("bad.txt:8:1: error: expected 'customer: …' or 'trainee: …'") })
    #expect(described.contains("bad.txt:9:1: error: expected a mood tag like '[mood 64]' (0 to 100)"))
  }

  @Test func aMissingHeaderFieldIsNamed() {
    let (_, problems) = TranscriptParser(file: "t.txt").parse("trainee: ana\n\ntrainee: hello\n")
    #expect(problems.map(\.message).contains("the header is missing 'scenario: …'"))
  }

  @Test(arguments: ["../../x", "a/b", ".hidden", "", "-rf", "ana\u{0}", String(repeating: "a", count: 65)])
  func aTraineeNameThatCouldEscapeTheFolderIsRefused(_ name: String) {
    #expect(throws: TraineeName.Invalid.self) { try TraineeName.validated(name) }
  }

  @Test(arguments: ["ana", "Ana.Lopez", "sam_2", "j-doe"])
  func ordinaryTraineeNamesAreAccepted(_ name: String) throws {
    #expect(try TraineeName.validated(name) == name)
  }
}
