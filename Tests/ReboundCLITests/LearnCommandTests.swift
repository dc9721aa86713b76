import Foundation
import ReboundKit
import Testing

/// `rebound learn` end to end with piped input: every step (a good reply per move, a bad one
/// corrected, a skip), then the easiest scenario in practice mode, and a clean end of input.
@Suite struct LearnCommandTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path

  static func learn(_ lines: [String], in folder: borrowing TemporaryDirectory, trainee: String = "zoe") throws -> ReboundBinary.Outcome {
    try ReboundBinary.run(
      ["learn", "--trainee", trainee, "--seed", "1", "--scenarios", scenarios, "--transcripts", folder.url.appendingPathComponent("t").path],
      stdin: lines.map { $0 + "\n" }.joined())
  }

  static func transcripts(in folder: borrowing TemporaryDirectory) -> [Transcript] {
    let dir = folder.url.appendingPathComponent("t")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { name in
      let text = (try? String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)) ?? ""
      return TranscriptParser(file: name).parse(text).transcript
    }
  }

  static let lesson = [
    "That must have been so frustrating, being charged twice.",  // acknowledge: met first time
    "I'm so sorry.",  // communicate: a bad reply (an apology), corrected next
    "Could you send me the invoice number?",
    "Sorry, but that's not our fault.",  // apologize: an excuse
    "/skip",  // apologize skipped
    "I will refund the second charge today.",  // answer
  ]

  @Test func everyStepThenThePracticeScenarioSavedAsASession() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.learn(Self.lesson + ["", "I'm so sorry, you were charged twice for the same plan."], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let out = result.stdout
    #expect(out.contains("Welcome to Rebound, zoe."))
    #expect(out.contains("Move 1 of 4: acknowledge") && out.contains("Move 4 of 4: answer"))
    #expect(out.contains("✓ That's an acknowledgement"))
    #expect(out.contains("That's an apology — now ask them something, or tell them what happens next and when."))
    #expect(out.contains("✓ That's communication"))
    #expect(out.contains("is an excuse"))
    #expect(out.contains("Skipped apologize."))
    #expect(out.contains("✓ That's a fix — "))
    #expect(out.contains("  ✓ acknowledge first try"))
    #expect(out.contains("  ✓ communicate in 2 tries"))
    #expect(out.contains("  – apologize   skipped"))
    #expect(out.contains("Three don'ts"))
    // Then the easiest scenario, in practice mode, to its debrief.
    #expect(out.contains("Charged twice for the annual plan, in the live chat  (easy, practice mode)"))
    #expect(out.contains("── Debrief:"))
    #expect(out.contains("Next: rebound progress --trainee zoe"))
    #expect(!out.contains("\u{1B}["), "piped output has no escape codes")
    let saved = Self.transcripts(in: folder)
    #expect(saved.count == 1)
    #expect(saved.first?.header.scenario == "double-charge")
    #expect(saved.first?.header.trainee == "zoe")
    #expect(saved.first?.header.mode == .practice)
    #expect(saved.first?.replies == ["I'm so sorry, you were charged twice for the same plan."])
  }

  @Test(arguments: [0, 3, 6])
  func theEndOfInputDuringTheLessonOrBeforeThePracticeEndsCleanlyWithNothingSaved(_ typed: Int) throws {
    let folder = try TemporaryDirectory()
    let result = try Self.learn(Array(Self.lesson.prefix(typed)), in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    if typed < Self.lesson.count {
      #expect(result.stdout.hasSuffix("The lesson stopped here. Run rebound learn to start it again whenever you like.\n"))
    } else {
      #expect(result.stdout.contains("Press Enter to begin"))
      #expect(!result.stdout.contains("Debrief"))
    }
    #expect(Self.transcripts(in: folder).isEmpty)
  }

  @Test func aBadTraineeNameIsRefused() throws {
    let folder = try TemporaryDirectory()
    let result = try Self.learn([], in: folder, trainee: "../evil")
    #expect(result.status == 64)
    #expect(result.stderr.contains("trainee name '../evil' is not allowed"))
    #expect(result.stdout.isEmpty)
  }
}
