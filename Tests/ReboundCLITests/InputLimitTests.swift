import Foundation
import ReboundKit
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The documented input limits, met as a trainee pasting a wall of text or a manager with a
/// stray huge file would meet them: refused or reported with where, and the rest goes on.
@Suite struct InputLimitTests {
  static let longReply = String(repeating: "I am so sorry about the cabin. ", count: 150)

  @Test func playRefusesAnOverLongReplyAndSavesNothingOfIt() throws {
    let folder = try TemporaryDirectory()
    let outcome = try PlayCommandTests.play("lost-pants", [Self.longReply, "I'm so sorry your trousers were taken."], in: folder)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("The reply is 4,650 characters long; Rebound scores replies of up to 4,000. Nothing was scored or saved: say it in fewer words.\n"), "\(outcome.stdout)")
    let transcript = try #require(try PlayCommandTests.transcripts(in: folder).first)
    #expect(transcript.replies == ["I'm so sorry your trousers were taken."])
  }

  @Test func scoreReportsAnOverLongLineByItsNumberAndScoresTheRest() throws {
    let outcome = try ReboundBinary.run(["score", "--no-model"], stdin: "I'm so sorry\n\(Self.longReply)\nWe will refund you\n")
    #expect(outcome.status == 1)
    #expect(outcome.stderr == "<stdin>:2: the reply is 4,650 characters long; Rebound scores replies of up to 4,000; it was not scored\n")
    #expect(outcome.stdout.contains("labels: apologize\n"))
    #expect(outcome.stdout.hasSuffix("labels: answer\n"), "\(outcome.stdout)")
  }

  @Test func evalReportsAnOverLongCorpusLineAndMeasuresTheOthers() throws {
    let folder = try TemporaryDirectory()
    let long = try String(decoding: JSONSerialization.data(withJSONObject: ["text": Self.longReply, "labels": ["apologize"]]), as: UTF8.self)
    let corpus = try folder.write(
      "c.jsonl", "{\"text\": \"I'm so sorry.\", \"labels\": [\"apologize\"]}\n\(long)\n{\"text\": \"We will refund you.\", \"labels\": [\"answer\"]}\n")
    let outcome = try ReboundBinary.run(["eval", corpus, "--no-model"])
    #expect(outcome.stderr.contains("\(corpus):2: the reply is 4,650 characters long; Rebound scores replies of up to 4,000; not read"), "\(outcome.stderr)")
    #expect(outcome.stdout.contains("2 replies") || outcome.stdout.contains("replies: 2"), "\(outcome.stdout)")
  }

  @Test func gradeReportsAHugeTranscriptAndAnOverLongReplyAndGradesTheRest() throws {
    let folder = try TemporaryDirectory()
    try GradeCommandTests.copy([GradeCommandTests.anaLostPants], into: folder)
    let huge = try folder.write("huge.txt", String(repeating: "x", count: InputLimits.transcriptBytes + 1))
    let example = try GradeCommandTests.example(GradeCommandTests.benLostPants)
    let firstReply = "trainee: Yes, we do have that problem."
    try #require(example.contains(firstReply))
    let edited = try folder.write("long-reply.txt", example.replacingOccurrences(of: firstReply, with: "trainee: " + Self.longReply))
    let outcome = try ReboundBinary.run(["grade", folder.url.path, "--format", "csv", "--scenarios", GradeCommandTests.scenarios])
    #expect(outcome.status == 2)
    #expect(
      outcome.stderr.contains("\(huge): error: the file is 1,048,577 bytes, larger than the 1 MB (1,048,576 bytes) a transcript may be; it was not read\n"),
      "\(outcome.stderr)")
    #expect(outcome.stderr.contains("\(edited):"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("the reply is 4,650 characters long"), "\(outcome.stderr)")
    let rows = outcome.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == 2, "the header and the one good transcript: \(outcome.stdout)")
  }

  @Test func anInterruptedReportLeavesNothingBehind() throws {
    let folder = try TemporaryDirectory()
    let transcripts = folder.url.appendingPathComponent("transcripts")
    try FileManager.default.createDirectory(at: transcripts, withIntermediateDirectories: true)
    // A named pipe nobody writes to: grading blocks on it, with the report half begun.
    let pipe = transcripts.appendingPathComponent("waiting.txt").path
    try #require(mkfifo(pipe, 0o600) == 0)
    let report = folder.url.appendingPathComponent("report.html").path
    let process = Process()
    process.executableURL = try ReboundBinary.url()
    process.arguments = ["grade", transcripts.path, "--format", "html", "--output", report]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(20)
    while !FileManager.default.fileExists(atPath: report + ".partial") && Date() < deadline { usleep(20_000) }
    try #require(FileManager.default.fileExists(atPath: report + ".partial"), "the report was begun")
    usleep(200_000)
    kill(process.processIdentifier, SIGINT)
    process.waitUntilExit()
    #expect(process.terminationStatus == 128 + SIGINT)
    let left = try FileManager.default.contentsOfDirectory(atPath: folder.url.path).sorted()
    #expect(left == ["transcripts"], "no report, no .partial: \(left)")
  }
}

/// A rule file whose phrase multiplies out past what a compile may build.
@Suite struct RubricSizeLimitTests {
  @Test func aPhraseThatMultipliesOutIsRefusedWithItsLine() throws {
    let folder = try TemporaryDirectory()
    let explosive = Array(repeating: "(shoo|go|away|now|please)", count: 12).joined(separator: " ")
    let file = try folder.write("boom.yaml", CustomRubric.text.replacingOccurrences(of: "phrases: [shoo]", with: "phrases: [\"\(explosive)\"]"))
    let outcome = try ReboundBinary.run(["score", "--rubric", file, "shoo"], environment: ["REBOUND_CACHE_DIR": ""])
    #expect(outcome.status == 1)
    #expect(outcome.stderr.contains("boom.yaml:31:15: error: "), "\(outcome.stderr)")
    #expect(
      outcome.stderr.contains(
        "rules[3].phrases[0]: the phrases expand to more than 2.0 million steps; split an alternation that repeats many times in a row into phrases of their own"),
      "\(outcome.stderr)")
  }
}
