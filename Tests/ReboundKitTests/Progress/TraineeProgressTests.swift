import Foundation
import ReboundKit
import Testing

/// `TraineeProgress` on a folder of generated transcripts, every number worked out by hand
/// (see the table in `ProgressFolder.writeAnasSessions`).
@Suite struct TraineeProgressTests {
  static let catalog = BundledScenarios.library.scenarios.map { Recommendation.Entry(id: $0.id, difficulty: $0.difficulty) }

  static func progress(
    _ folder: borrowing ProgressFolder, trainee: String = "ana", rule: CertificationRule = .defaults
  ) throws -> TraineeProgress {
    let history = TraineeHistory(trainee: trainee, directory: folder.path)
    let (graded, errors) = history.graded(with: try GraderTests.grader())
    #expect(errors.isEmpty, "\(errors.map(\.description))")
    return TraineeProgress(trainee: trainee, transcripts: graded, catalog: catalog, rule: rule)
  }

  @Test func perScenarioAttemptsAndScoresMatchTheHandWorkedTable() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    let progress = try Self.progress(folder)
    #expect(progress.sessions == 6)
    #expect(progress.scenarios.map(\.id) == ["broken-glassware", "lost-pants", "wrong-order"])
    let glass = try #require(progress.scenario("broken-glassware"))
    #expect([glass.attempts, glass.first, glass.best, glass.latest] as [Int] == [4, 20, 100, 100] as [Int])
    #expect(glass.passed && glass.passes == 3 && glass.examPasses == 2 && glass.certified)
    let pants = try #require(progress.scenario("lost-pants"))
    #expect([pants.attempts, pants.first, pants.best, pants.latest] as [Int] == [1, 30, 30, 30] as [Int])
    #expect(!pants.passed && pants.examPasses == 0 && !pants.certified)
    #expect(pants.latestMissed == [.communicate, .answer])
    let order = try #require(progress.scenario("wrong-order"))
    #expect([order.attempts, order.first, order.best, order.latest] as [Int] == [1, 10, 10, 10] as [Int])
  }

  @Test func theScoresAreTheOnesGradeReports() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    let batch = try GraderTests.grader().gradeAll(paths: [folder.path], filter: GradeFilter(trainee: "ana"))
    #expect(batch.transcripts.map(\.score) == [20, 100, 100, 100, 10, 30])
    let progress = try Self.progress(folder)
    #expect(progress.scenarios.map(\.best) == [100, 30, 10])
  }

  /// Sessions 1…6 made: acknowledge 0 1 1 1 0 1, communicate 0 1 1 1 1 0, apologize 1 1 1 1 0 1,
  /// answer 0 1 1 1 0 0; excuse 0 0 0 0 1 1. "Recent" is sessions 2…6.
  @Test func moveAndPitfallRatesOverallAndOverTheLastFiveSessions() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    let progress = try Self.progress(folder)
    func rates(_ label: Label) throws -> (Double, Double) {
      let trend = try #require(progress.trend(of: label))
      return (trend.rate, trend.recentRate)
    }
    #expect(try rates(.acknowledge) == (4.0 / 6, 4.0 / 5))
    #expect(try rates(.communicate) == (4.0 / 6, 4.0 / 5))
    #expect(try rates(.apologize) == (5.0 / 6, 4.0 / 5))
    #expect(try rates(.answer) == (3.0 / 6, 3.0 / 5))
    #expect(try rates(.excuse) == (2.0 / 6, 2.0 / 5))
    #expect(try rates(.blame) == (0, 0))
    #expect(try rates(.rude) == (0, 0))
    // The rolling rate over up to five sessions ending at each session.
    let answer = try #require(progress.trend(of: .answer))
    #expect(answer.series == [0, 0.5, 2.0 / 3, 0.75, 0.6, 0.6])
  }

  @Test func theWeakestMoveHasTheLowestRecentRate() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    #expect(try Self.progress(folder).weakest == .answer)
  }

  /// Passed: broken-glassware (medium), so the ceiling is hard. lost-pants (hard) and
  /// wrong-order (easy) both missed the weakest move, answer, last time: the harder wins.
  @Test func theRecommendationTrainsTheWeakestMoveAtTheHighestAllowedDifficulty() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    #expect(try Self.progress(folder).recommended == "lost-pants")
  }

  /// Nothing passed: only easy scenarios are in reach; none was played, so by id.
  @Test func withNothingPassedTheRecommendationIsTheFirstEasyScenario() throws {
    let folder = try ProgressFolder()
    try folder.write("a1.txt", scenario: "broken-glassware", mode: .practice, day: 1, outcome: .abandoned, replies: [ProgressFolder.apology])
    let progress = try Self.progress(folder)
    #expect(progress.weakest == .acknowledge)
    #expect(progress.recommended == "bike-repair")
  }

  @Test(arguments: [
    ([Difficulty](), Difficulty.easy), ([.easy], .medium), ([.easy, .medium], .hard), ([.hard], .hard),
  ])
  func theCeilingIsOneStepBeyondTheHardestPassed(_ passed: [Difficulty], _ ceiling: Difficulty) {
    #expect(Recommendation.ceiling(passed: passed) == ceiling)
  }

  @Test func certificationNeedsTheRuleNumberOfExamPassesAtTheMark() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    let standard = try Self.progress(folder).certification
    #expect(standard.rule == CertificationRule(examPassesNeeded: 2, passMark: 80))
    #expect(standard.certified == ["broken-glassware"])
    #expect(standard.remaining == Self.catalog.map(\.id).filter { $0 != "broken-glassware" }.sorted())
    // Three exam passes needed: two is not enough.
    let three = try Self.progress(folder, rule: CertificationRule(examPassesNeeded: 3, passMark: 80)).certification
    #expect(three.certified.isEmpty)
    // A pass mark of 30 reaches lost-pants's exam score (30), but the guest walked out: not a pass.
    let lenient = try Self.progress(folder, rule: CertificationRule(examPassesNeeded: 1, passMark: 30)).certification
    #expect(lenient.certified == ["broken-glassware"])
  }

  @Test func anotherTraineesTranscriptsAreLeftOut() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    let ben = try Self.progress(folder, trainee: "ben")
    #expect(ben.sessions == 1)
    #expect(ben.scenarios.map(\.id) == ["double-charge"])
    #expect(TraineeHistory(trainee: "zoe", directory: folder.path).isEmpty)
    #expect(TraineeHistory(trainee: "ana", directory: folder.path + "/missing").isEmpty)
  }

  @Test func theJSONHasTheDocumentedShape() throws {
    let folder = try ProgressFolder()
    try folder.writeAnasSessions()
    let text = ProgressJSON.render(try Self.progress(folder))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["trainee"] as? String == "ana")
    #expect(object["sessions"] as? Int == 6)
    #expect(object["weakest"] as? String == "answer")
    #expect(object["recommended"] as? String == "lost-pants")
    let moves = try #require(object["moves"] as? [String: [String: Any]])
    #expect(moves["answer"]?["rate"] as? Double == 0.5)
    #expect(moves["answer"]?["recent_rate"] as? Double == 0.6)
    #expect(moves["acknowledge"]?["rate"] as? Double == 0.67)
    let pitfalls = try #require(object["pitfalls"] as? [String: [String: Any]])
    #expect(pitfalls["excuse"]?["rate"] as? Double == 0.33)
    #expect(text.contains("\"rate\": 0.33,"))
  }
}
