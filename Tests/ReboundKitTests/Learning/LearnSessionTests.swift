import Foundation
import ReboundKit
import Testing

/// Lines typed by a test, then the end of input.
struct ScriptedLines: LineSource {
  var lines: [String]
  var prompts: [String] = []

  init(_ lines: [String]) { self.lines = lines }

  mutating func readLine(prompt: String) -> LineInput {
    prompts.append(prompt)
    return lines.isEmpty ? .end : .line(lines.removeFirst())
  }
}

/// The guided lesson of `rebound learn`, driven by a script: the feedback for each kind of
/// reply, and every way through the steps.
@Suite struct LearnSessionTests {
  static func scorer() throws -> Scorer {
    try BundledScenarios.scorer(for: try BundledScenarios.scenario("double-charge"))
  }

  static func feedback(_ reply: String, for move: Label) throws -> LessonFeedback {
    LessonFeedback(verdict: try scorer().score(reply), lesson: try #require(MoveLesson.lesson(for: move)))
  }

  @Test func anotherMoveIsNamedAndTheMissingOneAskedFor() throws {
    let feedback = try Self.feedback("I'm so sorry.", for: .acknowledge)
    #expect(!feedback.met)
    #expect(feedback.lines == ["That's an apology — now acknowledge what happened to them: name their problem, or how it must have felt."])
  }

  @Test func theMoveMadeIsConfirmedWithItsEvidence() throws {
    let feedback = try Self.feedback("I'm so sorry.", for: .apologize)
    #expect(feedback.met)
    #expect(feedback.lines == ["✓ That's an apology — 'so sorry'."])
  }

  @Test func aPitfallStopsTheMoveFromCounting() throws {
    let feedback = try Self.feedback("I'm so sorry, but it's not our fault.", for: .apologize)
    #expect(!feedback.met)
    #expect(feedback.lines.contains { $0.hasPrefix("✗ ") && $0.contains("is an excuse") })
    // Either teaching line fits: the "but" that takes the apology back, or the excuse after it.
    let teaching = ["Try again: say sorry, sincerely, with no 'but' after it.", "Try again without the excuse."]
    #expect(feedback.lines.last.map(teaching.contains) == true, "\(feedback.lines)")
  }

  @Test func aReplyWithNoMoveSaysSo() throws {
    let feedback = try Self.feedback("Okay.", for: .answer)
    #expect(feedback.lines == ["No move found in that yet — offer a concrete fix: say what you will do for them."])
  }

  static func run(_ lines: [String]) throws -> (LearnSession.Result, String, ScriptedLines) {
    let settings = LearnSession.Settings(
      scorer: try scorer(), situation: LessonSituation(customer: "Maya", complaint: "You charged me twice."),
      trainee: "zoe", style: .plain)
    nonisolated(unsafe) var printed = ""
    var input = ScriptedLines(lines)
    let result = LearnSession(settings: settings, output: { printed += $0 }).run(reading: &input)
    return (result, printed, input)
  }

  @Test func everyStepGoodBadCorrectedAndSkipped() throws {
    let (result, printed, input) = try Self.run([
      "That must have been so frustrating, being charged twice.",  // acknowledge, first try
      "",  // an empty line is ignored
      "/example",
      "Okay.",  // communicate: no move
      "Could you send me the invoice number?",  // communicate, second try
      "/skip",  // apologize skipped
      "/nonsense",
      "I will refund the second charge today.",  // answer
    ])
    #expect(result == .finished([.acknowledge: .met(attempts: 1), .communicate: .met(attempts: 2), .apologize: .skipped, .answer: .met(attempts: 1)]))
    #expect(input.lines.isEmpty)
    #expect(printed.contains("Move 1 of 4: acknowledge"))
    #expect(printed.contains("Move 4 of 4: answer"))
    #expect(printed.contains("Example: \"Could you tell me what else was in the room?"))
    #expect(printed.contains("unknown command /nonsense; type /help for the list"))
    #expect(printed.contains("Three don'ts"))
    #expect(printed.contains("  ✓ communicate in 2 tries"))
    #expect(printed.contains("  – apologize   skipped"))
    #expect(!printed.contains("\u{1B}["))
  }

  @Test func afterTwoMissesTheLessonOffersTheWayOut() throws {
    let (_, printed, _) = try Self.run(["Okay.", "Fine."])
    #expect(printed.contains("Stuck? /example shows the example again; /skip moves on."))
  }

  @Test(arguments: [[String](), ["I'm so sorry."], ["/quit", "never read"]])
  func theEndOfInputOrQuitStopsTheLessonCleanly(_ lines: [String]) throws {
    let (result, printed, _) = try Self.run(lines)
    #expect(result == .stopped)
    #expect(printed.hasSuffix("The lesson stopped here. Run rebound learn to start it again whenever you like.\n"))
  }

  @Test func theEasiestScenarioIsTheLowestDifficultyThenTheCalmestCustomer() throws {
    #expect(BundledScenarios.library.easiest?.id == "double-charge")
    #expect(ScenarioLibrary(scenarios: [], diagnostics: [], files: []).easiest == nil)
  }
}
