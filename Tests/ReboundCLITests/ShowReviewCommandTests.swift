import Foundation
import ReboundKit
import Testing

/// `rebound show` and `rebound review` end to end: a transcript shown turn by turn and safely,
/// and a manager's review appended, then used by `grade` and `show`.
@Suite struct ShowReviewCommandTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path
  static let examples = ReboundBinary.packageRoot.appendingPathComponent("transcripts/examples").path

  static func example(_ name: String) throws -> String {
    try String(contentsOfFile: examples + "/" + name, encoding: .utf8)
  }

  static func rebound(
    _ arguments: [String], stdin: String? = nil, sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> ReboundBinary.Outcome {
    try ReboundBinary.run(arguments + ["--scenarios", scenarios], stdin: stdin, sourceLocation: sourceLocation)
  }

  // MARK: - show

  @Test func showPrintsTheTurnsTheEvidenceTheMoodAndTheScorecard() throws {
    let folder = try TemporaryDirectory()
    let file = try folder.write("ana.txt", try Self.example("2026-11-23T034605Z-ana-lost-pants.txt"))
    let result = try Self.rebound(["show", file])
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout
    #expect(out.hasPrefix("ana — lost-pants\n"))
    #expect(out.contains("2026-11-23 · practice · outcome resolved"))
    // Every turn, in order.
    let turns = [
      "customer: Someone was in my cabin last night.",
      "trainee (1): I'm so sorry. Someone got into your locked cabin",
      "customer: Okay. I needed to hear that.",
      "trainee (2): Can you tell me exactly what was taken",
      "trainee (3): We'll pay for the trousers and the belt today",
      "trainee (4): I'll check in with you at lunch",
      "customer: Thank you. Honestly, that's how you handle it.",
    ]
    let positions = try turns.map { turn in try #require(out.range(of: turn), "missing: \(turn)").lowerBound }
    #expect(positions == positions.sorted())
    // The evidence: the clause that carries each finding quoted, with the label.
    #expect(out.contains("    apologize   'I'm so sorry' — a strong apology"))
    #expect(out.contains("acknowledge 'That's awful'"))
    // The mood after each customer line.
    #expect(out.contains("  mood [################----] 80"))
    // The scorecard, automatic and reviewed, with every point explained.
    let scorecard = try #require(out.range(of: "Scorecard\n"))
    #expect(scorecard.lowerBound > positions.last!)
    #expect(out.contains("automatic  reviewed"))
    #expect(out.contains("  apologize    ✓          ✓\n"))
    #expect(out.contains("100/100 — PASS (pass mark 80)"))
    #expect(out.contains("+20  apologize (reply 1)"))
    #expect(out.contains("+10  something extra (reply 3)"))
    // The extra's evidence under the reply that offered it, as the live feedback shows it.
    #expect(out.contains("    extra       '"))
    #expect(!out.contains("\u{1B}"), "no colour on a pipe")
  }

  @Test func showNeutralisesEscapeSequencesInsideReplies() throws {
    let folder = try TemporaryDirectory()
    let file = try folder.write(
      "hostile.txt",
      """
      scenario: lost-pants
      trainee: sam

      customer: \u{1B}[2JMy trousers were taken from my cabin.
      trainee: I'm so sorry\u{1B}]0;pwned\u{07} about your \u{1B}[31mred\u{1B}[0m trousers.\u{9B}2J

      """)
    let result = try Self.rebound(["show", file])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("\u{1B}"), "a raw ESC reached the terminal")
    #expect(!result.stdout.contains("\u{07}"))
    #expect(!result.stdout.contains("\u{9B}"), "a raw C1 CSI reached the terminal")
    #expect(result.stdout.contains("I'm so sorry␛]0;pwned␇ about your ␛[31mred␛[0m trousers.\u{FFFD}2J"))
    #expect(result.stdout.contains("customer: ␛[2JMy trousers were taken from my cabin."))
    #expect(result.stdout.contains("apologize   'I'm so sorry"), "the reply is still scored")
  }

  @Test func showFlagsATranscriptWhoseTurnsWereEdited() throws {
    let folder = try TemporaryDirectory()
    let original = try Self.example("2026-11-23T034605Z-ana-lost-pants.txt")
    let edited = original.replacingOccurrences(of: "That's awful.", with: "That's awful, honestly.")
    #expect(edited != original)
    let file = try folder.write("edited.txt", edited)
    let result = try Self.rebound(["show", file])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("⚠ the file was edited after the session saved it"))
    #expect(result.stdout.contains("TAMPERED: not a pass"))
    #expect(result.stdout.contains("That's awful, honestly."))
  }

  // MARK: - review

  @Test func aReviewIsAppendedThenUsedByGradeAndShowBesideTheAutomaticVerdicts() throws {
    let folder = try TemporaryDirectory()
    let original = try Self.example("2026-11-23T034607Z-ben-lost-pants.txt")
    let file = try folder.write("ben.txt", original)
    let comment = "He apologised by phone, \"sorry\", later; the blame was a fair question"
    let review = try Self.rebound(
      ["review", file, "--set", "apologize=yes", "--set", "blame=no", "--comment", comment, "--reviewer", "maria"], stdin: "")
    #expect(review.status == 0, "\(review.stderr)")
    #expect(review.stdout.contains("score 0 automatic, 30 reviewed (fail)"))

    // Appended: the trainee's lines byte for byte, then the review block and nothing after it;
    // only the whole-file checksum in the header changed, to cover the review.
    let sealed = try Data(contentsOf: URL(fileURLWithPath: file))
    #expect(TranscriptDigest.check(Array(sealed)) == .intact)
    let after = Data(TranscriptDigest.split(Array(sealed)).rest)
    let before = Data(TranscriptDigest.split(Array(original.utf8)).rest)
    #expect(after.prefix(before.count) == before)
    let block = String(decoding: after.dropFirst(before.count), as: UTF8.self)
    #expect(block.hasPrefix("\nreview: maria at "), "\(block)")
    #expect(block.range(of: #"^\nreview: maria at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\n"#, options: .regularExpression) != nil)
    #expect(block.hasSuffix("\nset: apologize yes (was no)\nset: blame no (was yes)\ncomment: \(comment)\n"), "\(block)")

    let grade = try Self.rebound(["grade", file, "--format", "json"])
    #expect(grade.status == 0, "\(grade.stderr)")
    let document = try #require(try JSONSerialization.jsonObject(with: Data(grade.stdout.utf8)) as? [String: Any])
    let row = try #require((document["transcripts"] as? [[String: Any]])?.first)
    #expect(row["score"] as? Int == 30)
    #expect(row["automatic_score"] as? Int == 0)
    #expect(row["passed"] as? Bool == false)
    #expect(row["moves"] as? [String: Bool] == ["acknowledge": false, "communicate": true, "apologize": true, "answer": false])
    #expect((row["automatic_moves"] as? [String: Bool])?["apologize"] == false)
    #expect(row["pitfalls"] as? [String: Int] == ["excuse": 1, "blame": 0, "rude": 0])
    #expect((row["flags"] as? [String])?.contains("tampered") == false, "a review is not an edit of the turns")
    let saved = try #require(row["review"] as? [String: Any])
    #expect(saved["reviewer"] as? String == "maria")
    #expect(saved["comment"] as? String == comment)
    #expect(saved["changes"] as? [String: Bool] == ["apologize": true, "blame": false])

    let show = try Self.rebound(["show", file])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.contains("  apologize    ✗          ✓  (set by review)\n"))
    #expect(show.stdout.contains("  blame        1          0  (set by review)\n"))
    #expect(show.stdout.contains("30/100 — FAIL"))
    #expect(show.stdout.contains("+20  apologize (set by review)"))
    #expect(show.stdout.contains("Review by maria"))
    #expect(show.stdout.contains("  apologize → yes (was no)\n"))
    #expect(show.stdout.contains(comment))
  }

  @Test(arguments: [
    ("apologise=yes", "did you mean 'apologize'?"),
    ("apologize=maybe", "expected LABEL=yes or LABEL=no"),
  ])
  func aBadSetValueIsAClearErrorAndWritesNothing(_ setting: String, _ hint: String) throws {
    let folder = try TemporaryDirectory()
    let original = try Self.example("2026-11-23T034607Z-ben-lost-pants.txt")
    let file = try folder.write("ben.txt", original)
    let result = try Self.rebound(["review", file, "--set", setting, "--comment", "x", "--reviewer", "maria"], stdin: "")
    #expect(result.status == 64)
    #expect(result.stderr.contains("cannot read --set '\(setting)'"), "\(result.stderr)")
    #expect(result.stderr.contains(hint), "\(result.stderr)")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
  }

  @Test func reviewWithNothingToRecordOnPipedInputIsAnError() throws {
    let folder = try TemporaryDirectory()
    let original = try Self.example("2026-11-23T034607Z-ben-lost-pants.txt")
    let file = try folder.write("ben.txt", original)
    let result = try Self.rebound(["review", file, "--reviewer", "maria"], stdin: "y\ny\n")
    #expect(result.status == 1)
    #expect(result.stderr.contains("nothing to record"), "\(result.stderr)")
    #expect(result.stderr.contains("--set LABEL=yes|no"))
    #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
  }
}
