import Foundation
import ReboundKit
import Testing

/// `rebound progress` end to end: the JSON schema, the table, rebound.yaml and flags, no
/// transcripts; fading hints in `play`; the newcomer's suggestion from plain `rebound`.
@Suite struct ProgressCommandTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path

  static let good = [
    "Oh no, I'm so sorry. Your sister's birthday present arrived with a glass broken, and on your very first order with us. That's really disappointing.",
    "I'll replace the broken glass with a new one, and I'm refunding your whole order too. This isn't how your first order with us should have gone.",
    "And your sister will get a 40 dollar gift card from us, for her birthday.",
    "The new glass goes out today by express, so you'll have it on Friday. You'll both get confirmation emails within a few minutes, and I'll ring you on Friday to make sure it arrived in one piece.",
  ]

  static func transcript(trainee: String = "ana", scenario: String = "broken-glassware", mode: String, day: Int, outcome: String, replies: [String]) -> String {
    var text = "scenario: \(scenario)\ntrainee: \(trainee)\nmode: \(mode)\nstarted: 2026-11-0\(day)T10:00:00Z\noutcome: \(outcome)\n\n"
    for reply in replies { text += "customer: Well?\ntrainee: \(reply)\n" }
    // Sealed as a session that ended would be: these are saved sessions, not hand-written logs.
    return TranscriptDigest.sealed(text)
  }

  /// Scores 20 (apology only), 100, 100 (exam), 100 (exam): broken-glassware certified.
  static func writeSessions(in folder: borrowing TemporaryDirectory) throws {
    try folder.write("t/1.txt", transcript(mode: "practice", day: 1, outcome: "abandoned", replies: ["I'm so sorry."]))
    try folder.write("t/2.txt", transcript(mode: "practice", day: 2, outcome: "resolved", replies: good))
    try folder.write("t/3.txt", transcript(mode: "exam", day: 3, outcome: "resolved", replies: good))
    try folder.write("t/4.txt", transcript(mode: "exam", day: 4, outcome: "resolved", replies: good))
    try folder.write("t/5.txt", transcript(trainee: "ben", mode: "exam", day: 4, outcome: "resolved", replies: ["Okay."]))
  }

  static func progress(_ arguments: [String], in folder: borrowing TemporaryDirectory) throws -> ReboundBinary.Outcome {
    try ReboundBinary.run(
      ["progress", "--transcripts", folder.url.appendingPathComponent("t").path, "--scenarios", scenarios] + arguments,
      in: folder.url)
  }

  @Test func theJSONFollowsTheDocumentedSchema() throws {
    let folder = try TemporaryDirectory()
    try Self.writeSessions(in: folder)
    let result = try Self.progress(["--trainee", "ana", "--format", "json"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["schema_version", "trainee", "sessions", "scenarios", "moves", "pitfalls", "weakest", "recommended", "certification"])
    #expect(object["trainee"] as? String == "ana")
    #expect(object["sessions"] as? Int == 4)
    let scenarios = try #require(object["scenarios"] as? [[String: Any]])
    #expect(scenarios.count == 1)
    let glass = try #require(scenarios.first)
    #expect(Set(glass.keys) == ["id", "difficulty", "attempts", "first", "best", "latest", "passed", "exam_passes", "unverified_exams", "certified"])
    #expect(glass["id"] as? String == "broken-glassware")
    #expect(glass["attempts"] as? Int == 4)
    #expect(glass["first"] as? Int == 20)
    #expect(glass["best"] as? Int == 100)
    #expect(glass["latest"] as? Int == 100)
    #expect(glass["passed"] as? Bool == true)
    #expect(glass["certified"] as? Bool == true)
    let moves = try #require(object["moves"] as? [String: [String: Any]])
    #expect(Set(moves.keys) == ["acknowledge", "communicate", "apologize", "answer"])
    for (_, move) in moves {
      #expect(move["rate"] is Double && move["recent_rate"] is Double && move["series"] is [Double])
    }
    #expect(moves["answer"]?["rate"] as? Double == 0.75)
    #expect(moves["apologize"]?["rate"] as? Double == 1.0)
    let pitfalls = try #require(object["pitfalls"] as? [String: [String: Any]])
    #expect(Set(pitfalls.keys) == ["excuse", "blame", "rude"])
    #expect(pitfalls["blame"]?["rate"] as? Double == 0)
    // Recent = the last four (all there are): acknowledge, communicate and answer 3/4;
    // acknowledge comes first in guide order.
    #expect(object["weakest"] as? String == "acknowledge")
    // broken-glassware (medium) passed: the ceiling is hard; nothing else was played, so the
    // hardest unpassed scenario by id.
    #expect(object["recommended"] as? String == "lost-pants")
    let certification = try #require(object["certification"] as? [String: Any])
    #expect(certification["exam_passes_needed"] as? Int == 2)
    #expect(certification["pass_mark"] as? Int == 80)
    #expect(certification["certified"] as? [String] == ["broken-glassware"])
    #expect((certification["remaining"] as? [String])?.count == 8)
  }

  @Test func theGradeCommandReportsTheSameScores() throws {
    let folder = try TemporaryDirectory()
    try Self.writeSessions(in: folder)
    let grade = try ReboundBinary.run(
      ["grade", folder.url.appendingPathComponent("t").path, "--trainee", "ana", "--format", "json", "--scenarios", Self.scenarios])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(grade.stdout.utf8)) as? [String: Any])
    let scores = (object["transcripts"] as? [[String: Any]] ?? []).compactMap { $0["score"] as? Int }
    #expect(scores == [20, 100, 100, 100])
  }

  @Test func reboundYamlSetsTheRuleAndFlagsOverrideIt() throws {
    let folder = try TemporaryDirectory()
    try Self.writeSessions(in: folder)
    try folder.write("rebound.yaml", "certification:\n  exam_passes_needed: 3\n  pass_mark: 90\n")
    let fromFile = try Self.progress(["--trainee", "ana", "--format", "json"], in: folder)
    #expect(fromFile.stdout.contains("\"exam_passes_needed\": 3,\n    \"pass_mark\": 90,\n    \"self_reported\": true,\n    \"trusted_keys\": 0,\n    \"certified\": [],"))
    let flags = try Self.progress(["--trainee", "ana", "--format", "json", "--exam-passes-needed", "1"], in: folder)
    #expect(flags.stdout.contains("\"exam_passes_needed\": 1,\n    \"pass_mark\": 90,\n    \"self_reported\": true,\n    \"trusted_keys\": 0,\n    \"certified\": [\n      \"broken-glassware\"\n    ],"))
  }

  @Test func aBadReboundYamlIsReportedWithItsLine() throws {
    let folder = try TemporaryDirectory()
    try Self.writeSessions(in: folder)
    try folder.write("rebound.yaml", "certification:\n  pass_marks: 80\n")
    let result = try Self.progress(["--trainee", "ana"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.hasPrefix("rebound.yaml:2:3: error: unknown key 'pass_marks' in certification (did you mean 'pass_mark'?)"))
    #expect(result.stdout.isEmpty)
  }

  @Test func theTableOnAPipeHasNoEscapeCodesAndASCIISparklines() throws {
    let folder = try TemporaryDirectory()
    try Self.writeSessions(in: folder)
    let result = try Self.progress(["--trainee", "ana"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Progress of ana — 4 sessions\n"))
    #expect(result.stdout.contains("answer             75%     75%  _=++"))
    #expect(result.stdout.contains("Recommended next: lost-pants"))
    #expect(result.stdout.contains("  certified: broken-glassware\n"))
    #expect(!result.stdout.contains("\u{1B}["))
  }

  @Test func aTraineeWithNoTranscriptsIsPointedToLearn() throws {
    let folder = try TemporaryDirectory()
    try Self.writeSessions(in: folder)
    let result = try Self.progress(["--trainee", "zoe"], in: folder)
    #expect(result.status == 1)
    #expect(result.stderr.contains("no transcripts for trainee 'zoe'"))
    #expect(result.stderr.contains("rebound learn --trainee zoe"))
    let missing = try ReboundBinary.run(["progress", "--trainee", "zoe", "--transcripts", "/nonexistent/folder"])
    #expect(missing.status == 1)
    let bad = try ReboundBinary.run(["progress", "--trainee", "a/b"])
    #expect(bad.status == 64)
  }

  /// The first /hint is full; after one pass a one-word cue; after two, none.
  @Test func hintsFadeAsTheTraineePassesTheScenario() throws {
    let folder = try TemporaryDirectory()
    func hint() throws -> String {
      let result = try ReboundBinary.run(
        ["play", "broken-glassware", "--seed", "1", "--trainee", "ana", "--scenarios", Self.scenarios, "--transcripts",
         folder.url.appendingPathComponent("t").path], stdin: "/hint\n/quit\n")
      return result.stdout.split(separator: "\n").first { $0.hasPrefix("Hint") }.map(String.init) ?? ""
    }
    #expect(try hint().hasPrefix("Hint (full; hints fade once you pass this scenario): "))
    try folder.write("t/p1.txt", Self.transcript(mode: "practice", day: 1, outcome: "resolved", replies: Self.good))
    #expect(try hint() == "Hint (one-word cue; you've passed this scenario once): Apologise.")
    try folder.write("t/p2.txt", Self.transcript(mode: "exam", day: 2, outcome: "resolved", replies: Self.good))
    #expect(try hint() == "Hints are no longer available for this scenario — you've passed it 2 times.")
    let exam = try ReboundBinary.run(
      ["play", "broken-glassware", "--mode", "exam", "--trainee", "ana", "--scenarios", Self.scenarios, "--transcripts",
       folder.url.appendingPathComponent("t").path], stdin: "/hint\n/quit\n")
    #expect(exam.stdout.contains("No hints in exam mode."))
  }

  @Test func plainReboundSuggestsLearnToSomeoneWithNoTranscripts() throws {
    let folder = try TemporaryDirectory()
    let environment = ["USER": "zoe", "REBOUND_TRANSCRIPTS": folder.url.appendingPathComponent("t").path]
    let newcomer = try ReboundBinary.run([], environment: environment, in: folder.url)
    #expect(newcomer.status == 0)
    #expect(newcomer.stdout.hasPrefix("New here, zoe? Start with `rebound learn`: a ten-minute guided first run.\n"))
    #expect(newcomer.stdout.contains("USAGE: rebound"))
    try folder.write("t/z.txt", Self.transcript(trainee: "zoe", mode: "practice", day: 1, outcome: "abandoned", replies: ["Hi."]))
    let regular = try ReboundBinary.run([], environment: environment, in: folder.url)
    #expect(!regular.stdout.contains("New here"))
    #expect(regular.stdout.contains("USAGE: rebound"))
  }
}
