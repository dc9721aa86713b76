import Foundation
@testable import ReboundKit
import Testing

@Suite struct ModelTrainerTests {
  /// A tiny corpus of our own, every label on some replies and not on others.
  static let replies: [(String, [Label])] = [
    ("I'm so sorry about this.", [.apologize]),
    ("My apologies, that's on us.", [.apologize, .acknowledge]),
    ("That must have been a horrible night for you.", [.acknowledge]),
    ("Thank you for telling me straight away.", [.acknowledge]),
    ("Could you send me the order number?", [.communicate]),
    ("I'll call you back by noon with an update.", [.communicate]),
    ("I'll refund the whole order today.", [.answer, .communicate]),
    ("A new glass is on its way, free of charge.", [.answer]),
    ("The courier must have dropped it.", [.excuse]),
    ("We're short-staffed this week.", [.excuse]),
    ("Are you sure you locked the door?", [.blame]),
    ("You should have used the safe.", [.blame]),
    ("Calm down, it's only a pair of trousers.", [.rude]),
    ("Whatever, take it or leave it.", [.rude]),
    ("Have a nice day.", []),
    ("Noted.", []),
  ]

  static func examples() -> [ModelTrainer.Example] {
    replies.enumerated().map { k, reply in
      ModelTrainer.Example(reply: LabelledReply(text: reply.0, labels: Set(reply.1), line: k + 1))
    }
  }

  static let small = FeatureSet(
    extractorVersion: 1, wordBuckets: 1 << 10, wordNgrams: 2, charBuckets: 1 << 10, charNgramsFrom: 3, charNgramsTo: 4,
    ruleBuckets: 1 << 6, ruleScale: 0.1)

  static func train(_ examples: [ModelTrainer.Example] = examples()) throws -> Data {
    let scorer = try Shared.scorer()
    return try ModelTrainer(featureSet: small).train(examples, rubricVersion: scorer.rubric.version, scorerFor: { _ in scorer }).data
  }

  @Test func trainingTwiceGivesTheSameBytes() throws {
    let first = try Self.train()
    let second = try Self.train()
    #expect(first == second)
    #expect(first.count > 1000)
  }

  @Test func theModelLearnsItsTrainingReplies() throws {
    let model = try ModelFile.decode(try Self.train(), name: "small.bin")
    let learned = try Shared.scorer().with(model: model)
    var right = 0
    for (text, labels) in Self.replies where learned.score(text).labels == labels { right += 1 }
    #expect(right >= Self.replies.count - 2, "\(right) of \(Self.replies.count) replies learnt exactly")
  }

  @Test func aLabelNoReplyCarriesIsRefused() throws {
    let withoutRude = Self.examples().filter { !$0.reply.labels.contains(.rude) }
    let error = #expect(throws: TrainingError.self) { try Self.train(withoutRude) }
    #expect(error == .oneClass(.rude, positives: 0, count: withoutRude.count))
  }

  @Test func anEmptyCorpusIsRefused() throws {
    let error = #expect(throws: TrainingError.self) { try Self.train([]) }
    #expect(error == .noExamples)
  }

  @Test func solverWeighsAPositiveMoreWhenItCountsMore() {
    // Two replies with one shared feature: the label's weight leans toward the heavier reply.
    let vectors = [SparseVector(indices: [0], values: [1]), SparseVector(indices: [0], values: [1])]
    var rng = SeededRandom(seed: 1)
    let solver = LogisticRegression(tolerance: 1e-4, maxEpochs: 500)
    let even = solver.fit(vectors, positive: [true, false], cost: [1, 1], dimension: 1, using: &rng)
    let heavier = solver.fit(vectors, positive: [true, false], cost: [4, 1], dimension: 1, using: &rng)
    #expect(abs(even.weights[0] + even.bias) < 1e-3)
    #expect(heavier.weights[0] + heavier.bias > 0.5)
  }
}

@Suite struct TrainingAndScoringAgreeTests {
  /// The margin the scorer computes is the bias plus every feature's value times its weight,
  /// with the values computed as training computes them.
  @Test func theMarginIsTheBiasPlusEachFeaturesContribution() throws {
    let model = try ModelFile.decode(try ModelTrainerTests.train(), name: "small.bin")
    let scorer = try Shared.scorer()
    var buffer = FeatureBuffer(dimension: model.featureSet.dimension)
    var scanner = ReplyScanner()
    var workspace = Scorer.Workspace()
    for text in ["I'm so sorry about the glass.", "Calm down!", "Could you send me the order number?", "xyzzy plugh"] {
      let rules = scorer.ruleVerdict(text, using: &workspace)
      FeatureExtractor(set: model.featureSet).extract(text, signals: RuleSignals(rules), into: &buffer, scanner: &scanner)
      let margins = model.margins(buffer)
      let vector = FeatureWeighting.vector(buffer.sortedCounts, set: model.featureSet, idf: model.idf)
      for label in Label.allCases {
        let sum = zip(vector.indices, vector.values).reduce(model.bias(label)) { $0 + $1.1 * model.weight(Int($1.0), label) }
        #expect(abs(sum - margins[label.index]) < 1e-4, "\(label) on \(text)")
      }
    }
  }

  @Test func aFitThatIsNotFiniteIsRefused() throws {
    let scorer = try Shared.scorer()
    var settings = TrainingSettings.standard
    settings.c = 1e300
    let error = #expect(throws: TrainingError.self) {
      try ModelTrainer(featureSet: ModelTrainerTests.small, settings: settings)
        .train(ModelTrainerTests.examples(), rubricVersion: scorer.rubric.version, scorerFor: { _ in scorer })
    }
    #expect(error == .badSettings("C must be from 0.0001 to 10000.0"))
  }
}
