import Foundation
@testable import ReboundKit
import Testing

/// The bundled learned model over the built-in rubric: the accuracy gate on the held-out test
/// split, the decided hard cases, and evidence for every label it gives.
@Suite struct LearnedScorerTests {
  static let learned: Result<Scorer, any Error> = Result {
    guard let model = try ModelFile.builtIn() else { throw ModelError(file: "model.bin", message: "no built-in model") }
    return try Shared.scorer().with(model: model)
  }

  static func scorer() throws -> Scorer { try learned.get() }

  static func testSplit() throws -> [LabelledReply] {
    let url = TestSplitGateTests.root.appendingPathComponent("corpus/test.jsonl")
    let corpus = try CorpusReader.read(contentsOf: url, displayName: "corpus/test.jsonl")
    #expect(corpus.problems.isEmpty)
    return corpus.replies
  }

  @Test func theTestSplitStaysAtTheTargets() throws {
    let cache = ScorerCatalog(
      base: try Self.scorer(),
      loader: ScenarioVocabularyLoader(directory: TestSplitGateTests.root.appendingPathComponent("scenarios")))
    let evaluation = Evaluation(replies: try Self.testSplit(), scorerFor: cache.scorer(for:))
    let figures = Label.allCases.map { "\($0.rawValue) \(String(format: "%.3f", evaluation.labels[$0]?.f1 ?? 0))" }
    #expect(evaluation.macroF1 >= 0.90, "macro-F1 \(evaluation.macroF1); \(figures)")
    for label in Label.allCases {
      #expect((evaluation.labels[label]?.f1 ?? 0) >= 0.85, "\(label): \(figures)")
    }
  }

  @Test func everyLabelComesWithEvidenceFromTheReply() throws {
    let scorer = try Self.scorer()
    for reply in try Self.testSplit() {
      let verdict = scorer.score(reply.text)
      for label in verdict.labels {
        let findings = verdict.findings(for: label)
        #expect(!findings.isEmpty, "\(label) without evidence in: \(reply.text)")
        for finding in findings {
          #expect(!finding.evidence.isEmpty && reply.text.unicodeScalars.count >= finding.end)
        }
      }
    }
  }

  @Test func theSameReplyGetsTheSameVerdict() throws {
    let scorer = try Self.scorer()
    var workspace = Scorer.Workspace()
    for reply in try Self.testSplit().prefix(40) {
      #expect(scorer.score(reply.text, using: &workspace) == scorer.score(reply.text))
    }
  }

  @Test func anExcuseThroughASupplierIsCalledOneWithItsWords() throws {
    let verdict = try Self.scorer().score("Our supplier sets those prices, there's nothing I can do")
    #expect(verdict.labels.contains(.excuse))
    #expect(verdict.findings(for: .excuse).contains { $0.evidence.lowercased().contains("supplier") })
  }

  @Test func aLabelOnlyTheModelGaveQuotesTheWordsThatCarriedIt() throws {
    let verdict = try Self.scorer().score("Refunds are only processed on Mondays.")
    let excuse = try #require(verdict.findings(for: .excuse).first, "\(verdict.explained)")
    #expect(excuse.rule == "model.excuse")
    #expect(excuse.explanation.hasPrefix("'\(excuse.evidence)' — justifies the failure or points elsewhere, as the learned model reads"))
    #expect(verdict.text.contains(excuse.evidence))
  }

  /// Where the learned layer still disagrees with a decision of LABELS.md (docs/learned-scorer.md).
  static let knownMisses: Set<String> = [
    "Our group bookings team will sort this: here's their line.",  // routing: communicate, dropped
  ]

  @Test(arguments: HardCasesTests.cases)
  func theDecidedHardCasesHold(_ hardCase: HardCasesTests.HardCase) throws {
    let verdict = try Self.scorer().score(hardCase.example.text)
    withKnownIssue(isIntermittent: false) {
      #expect(Set(verdict.labels) == hardCase.example.labels, "\(verdict.explained)")
    } when: {
      Self.knownMisses.contains(hardCase.example.text)
    }
  }

  @Test func explainShowsEveryLabelsMarginAndItsTopContributions() throws {
    let explanations = try Self.scorer().explain("Our supplier sets those prices.")
    #expect(explanations.filter { !$0.isExtra }.map(\.label) == Label.allCases)
    #expect(explanations.last?.isExtra == true, "the extra head's explanation comes last")
    let excuse = try #require(explanations.first { $0.label == .excuse })
    #expect(excuse.applies && excuse.margin > 0)
    #expect(!excuse.contributions.isEmpty && excuse.contributions.count <= 5)
    let sizes = excuse.contributions.map { abs($0.amount) }
    #expect(sizes == sizes.sorted(by: >))
    #expect(excuse.contributions.contains { $0.feature == "rubric rule:excuse.third-party" })
    #expect(excuse.contributions.allSatisfy { $0.feature.hasPrefix("rubric ") || $0.span != nil })
  }
}
