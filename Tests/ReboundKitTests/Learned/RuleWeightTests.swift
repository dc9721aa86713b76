import Foundation
import Testing

@testable import ReboundKit

/// A label's rule weight scales how strongly its fit reads the rubric's signals; scoring
/// needs nothing of it, because the weights are stored already scaled.
@Suite struct RuleWeightTests {
  static func model(ruleWeights: [String: Double]) throws -> LinearModel {
    let scorer = try Shared.scorer()
    let settings = TrainingSettings(ruleWeights: ruleWeights)
    let data = try ModelTrainer(featureSet: ModelTrainerTests.small, settings: settings)
      .train(ModelTrainerTests.examples(), rubricVersion: scorer.rubric.version, scorerFor: { _ in scorer }).data
    return try ModelFile.decode(data, name: "small.bin")
  }

  static func ruleBlockIsEmpty(_ model: LinearModel, for label: Label) -> Bool {
    (model.featureSet.ruleOffset..<model.featureSet.dimension).allSatisfy { model.weight($0, label) == 0 }
  }

  @Test func aLabelWithRuleWeightZeroReadsWordsOnly() throws {
    let model = try Self.model(ruleWeights: ["rude": 0])
    #expect(Self.ruleBlockIsEmpty(model, for: .rude))
    #expect(!Self.ruleBlockIsEmpty(model, for: .apologize), "the other labels still read the rubric")
    #expect(model.header.training.ruleWeights == ["rude": 0])
  }

  @Test func aLowerRuleWeightLeansLessOnTheRubric() throws {
    func ruleShare(_ model: LinearModel) -> Float {
      (model.featureSet.ruleOffset..<model.featureSet.dimension).reduce(0) { $0 + abs(model.weight($1, .rude)) }
    }
    let full = try Self.model(ruleWeights: [:])
    let half = try Self.model(ruleWeights: ["rude": 0.5])
    #expect(ruleShare(half) < ruleShare(full))
    #expect(ruleShare(half) > 0)
  }

  @Test func theStandardSettingsHalveRude() {
    #expect(TrainingSettings.standard.ruleWeight(for: .rude) == 0.5)
    #expect(TrainingSettings.standard.ruleWeight(for: .blame) == 1)
  }

  @Test func aModelWrittenBeforeRuleWeightsReadsEverySignalAtFullStrength() throws {
    let json = #"{"balanced":true,"c":10,"max_epochs":200,"seed":1,"tolerance":0.01}"#
    let settings = try JSONDecoder().decode(TrainingSettings.self, from: Data(json.utf8))
    #expect(settings.ruleWeights.isEmpty)
    #expect(settings.ruleWeight(for: .rude) == 1)
  }

  @Test(arguments: [(["rudeness": 0.5], "not a label"), (["rude": -1], "must be from 0.0 to 10.0")])
  func aBadRuleWeightIsRefused(weights: [String: Double], message: String) throws {
    let scorer = try Shared.scorer()
    let error = #expect(throws: TrainingError.self) {
      try ModelTrainer(featureSet: ModelTrainerTests.small, settings: TrainingSettings(ruleWeights: weights))
        .train(ModelTrainerTests.examples(), rubricVersion: scorer.rubric.version, scorerFor: { _ in scorer })
    }
    #expect(error?.description.contains(message) == true, "\(String(describing: error))")
  }
}
