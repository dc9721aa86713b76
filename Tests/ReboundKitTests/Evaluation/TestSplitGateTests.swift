import Foundation
import ReboundKit
import Testing

/// The regression gate of issue 3: the scorer measured on `corpus/test.jsonl` (never tuned on)
/// must not fall below `floor` (0.85, as issue 3 asks), so that a regression cannot land.
@Suite struct TestSplitGateTests {
  /// The package root, four levels up from this file (Tests/ReboundKitTests/Evaluation/…).
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The issue asks for a gate at 0.85; the rubric measures 0.884 on this split (see the README).
  static let floor = 0.85

  @Test func macroF1OnTheTestSplitIsAtLeastTheFloor() throws {
    let corpus = try CorpusReader.read(contentsOf: Self.root.appendingPathComponent("corpus/test.jsonl"), displayName: "corpus/test.jsonl")
    #expect(corpus.problems.isEmpty, "\(corpus.problems.map(\.description))")
    try #require(corpus.replies.count >= 150, "the test split holds at least 150 replies")
    let cache = ScorerCatalog(
      base: try Shared.scorer(),
      loader: ScenarioVocabularyLoader(directory: Self.root.appendingPathComponent("scenarios")))
    let evaluation = Evaluation(replies: corpus.replies, scorerFor: cache.scorer(for:))
    let figures = Label.allCases.map { "\($0.rawValue) \(String(format: "%.3f", evaluation.labels[$0]?.f1 ?? 0))" }
    #expect(evaluation.macroF1 >= Self.floor, "macro-F1 \(String(format: "%.3f", evaluation.macroF1)); \(figures.joined(separator: ", "))")
  }
}
