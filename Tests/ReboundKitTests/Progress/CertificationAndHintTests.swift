import Foundation
import ReboundKit
import Testing

/// Hint levels from passes, fading over successive passes read from the transcripts, and
/// the sparkline.
@Suite struct HintLevelTests {
  @Test(arguments: [(0, HintLevel.full), (1, .cue), (2, .none(passes: 2)), (5, .none(passes: 5))])
  func theLevelFollowsThePasses(_ passes: Int, _ level: HintLevel) {
    #expect(HintLevel(passes: passes) == level)
  }

  @Test func eachLevelSaysWhatItIs() throws {
    let scenario = try BundledScenarios.scenario("broken-glassware")
    let conversation = Conversation(scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario), seed: 1)
    #expect(HintLevel.full.text(for: conversation).hasPrefix("Hint (full; hints fade once you pass this scenario): They have not heard a sorry yet."))
    #expect(HintLevel.cue.text(for: conversation) == "Hint (one-word cue; you've passed this scenario once): Apologise.")
    #expect(HintLevel.none(passes: 3).text(for: conversation) == "Hints are no longer available for this scenario — you've passed it 3 times.")
  }

  /// Full, then after one pass a cue, after a failed session still a cue, after two passes none.
  @Test func hintsFadeOverSuccessivePasses() throws {
    let folder = try ProgressFolder()
    let grader = try GraderTests.grader()
    let history = TraineeHistory(trainee: "ana", directory: folder.path)
    func level() -> HintLevel { HintLevel(passes: history.passes(of: "broken-glassware", grader: grader)) }
    #expect(level() == .full)
    try folder.write("1.txt", scenario: "broken-glassware", mode: .practice, day: 1, outcome: .resolved, replies: ProgressFolder.good)
    #expect(level() == .cue)
    try folder.write("2.txt", scenario: "broken-glassware", mode: .practice, day: 2, outcome: .walkedOut, replies: [ProgressFolder.apology])
    try folder.write("3.txt", scenario: "lost-pants", mode: .practice, day: 2, outcome: .resolved, replies: ProgressFolder.good)
    try folder.write("4.txt", trainee: "ben", scenario: "broken-glassware", mode: .practice, day: 2, outcome: .resolved, replies: ProgressFolder.good)
    #expect(level() == .cue)
    try folder.write("5.txt", scenario: "broken-glassware", mode: .exam, day: 3, outcome: .resolved, replies: ProgressFolder.good)
    #expect(level() == .none(passes: 2))
  }
}

@Suite struct SparklineTests {
  @Test func ratesBecomeBars() {
    #expect(Sparkline.render([0, 0.5, 1], unicode: true) == "▁▅█")
    #expect(Sparkline.render([0, 0.5, 1], unicode: false) == "_=#")
    #expect(Sparkline.render([-1, 2], unicode: true) == "▁█")
    #expect(Sparkline.render([], unicode: true) == "")
  }
}
