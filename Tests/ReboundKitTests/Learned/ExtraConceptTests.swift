import Foundation
@testable import ReboundKit
import Testing

/// Something extra (docs/extras.md): annotated in corpora, learned by the model's extra head,
/// shown with its clause as evidence, and measured by `eval`.
@Suite struct ExtraConceptTests {
  // MARK: - Corpus lines annotated for offers

  @Test func anOfferIsReadFromItsLine() {
    let result = CorpusReader.parse(
      #"{"text": "A free dive tomorrow is on us.", "labels": ["answer"], "offer": "extra"}"#, file: "o.jsonl")
    #expect(result.problems.isEmpty)
    #expect(result.replies.first?.offer == .extra)
    #expect(result.replies.first?.offersExtra == true)
  }

  @Test func aLineWithoutAnOfferIsKnownOnlyWhenItHasNoAnswer() {
    let result = CorpusReader.parse(
      #"""
      {"text": "I'm so sorry.", "labels": ["apologize"]}
      {"text": "I'll refund you today.", "labels": ["answer", "communicate"]}
      """#, file: "o.jsonl")
    #expect(result.replies.map(\.offersExtra) == [false, nil])
  }

  @Test(arguments: [
    (#"{"text": "A free dive.", "labels": ["answer"], "offer": "extras"}"#, "unknown offer 'extras' (did you mean 'extra'?)"),
    (#"{"text": "A free dive.", "labels": [], "offer": "extra"}"#, "offer 'extra' without the label 'answer'"),
    (#"{"text": "I'll refund you.", "labels": ["answer"], "offer": "neither"}"#, "offer 'neither' with the label 'answer'"),
    (#"{"text": "A free dive.", "labels": ["answer"], "offer": 3}"#, "\"offer\" must be a string"),
  ])
  func aBadOfferIsReportedOnItsLine(_ line: String, _ message: String) {
    let result = CorpusReader.parse("\n" + line, file: "o.jsonl")
    #expect(result.replies.isEmpty)
    #expect(result.problems.count == 1)
    #expect(result.problems.first?.line == 2)
    #expect(result.problems.first?.message.hasPrefix(message) == true, "\(result.problems)")
  }

  // MARK: - The extra head

  /// Twenty extras and twenty remedies of our own, annotated, over the small corpus of
  /// `ModelTrainerTests`.
  static func offerExamples() -> [ModelTrainer.Example] {
    let gifts = ["dive", "dinner", "night", "massage", "breakfast", "month", "lesson", "dessert", "upgrade", "coffee"]
    var replies: [LabelledReply] = []
    for (k, gift) in gifts.enumerated() {
      replies.append(LabelledReply(text: "And a free \(gift) is on us as well.", labels: [.answer], offer: .extra, line: 100 + 2 * k))
      replies.append(
        LabelledReply(text: "On top of that, your next \(gift) is complimentary.", labels: [.answer], offer: .extra, line: 101 + 2 * k))
    }
    let things = ["glass", "belt", "trousers", "charger", "cable", "lamp", "kettle", "jacket", "parcel", "ticket"]
    for (k, thing) in things.enumerated() {
      replies.append(LabelledReply(text: "I'll replace the \(thing) for you.", labels: [.answer], offer: .remedy, line: 200 + 2 * k))
      replies.append(LabelledReply(text: "We'll refund the \(thing) in full.", labels: [.answer], offer: .remedy, line: 201 + 2 * k))
    }
    return ModelTrainerTests.examples() + replies.map { ModelTrainer.Example(reply: $0) }
  }

  @Test func enoughAnnotatedOffersTrainAnExtraHeadThatReadsThem() throws {
    let data = try ModelTrainerTests.train(Self.offerExamples())
    let model = try ModelFile.decode(data, name: "m")
    #expect(model.hasExtraHead)
    #expect(model.header.concepts == ["extra"])
    let scorer = try Shared.scorer().with(model: model)
    let gift = scorer.score("And a free dive is on us as well.")
    #expect(gift.offersExtra)
    #expect(gift.extra?.rule == "model.extra")
    #expect(gift.extra?.evidence.split(separator: " ").count ?? 0 >= 3, "the evidence is a clause, not a word")
    #expect(!scorer.score("I'll replace the glass for you.").offersExtra)
  }

  @Test func theExtraHeadIsTheSameOnEveryRun() throws {
    #expect(try ModelTrainerTests.train(Self.offerExamples()) == ModelTrainerTests.train(Self.offerExamples()))
  }

  @Test func tooFewAnnotatedOffersTrainNoExtraHead() throws {
    let model = try ModelFile.decode(try ModelTrainerTests.train(), name: "m")
    #expect(!model.hasExtraHead)
    #expect(model.header.concepts.isEmpty)
  }

  @Test func aDamagedExtraHeadIsRefused() throws {
    var data = try ModelTrainerTests.train(Self.offerExamples())
    data[data.count - 1] ^= 0xFF
    #expect(throws: ModelError.self) { try ModelFile.decode(data, name: "m") }
  }

  // MARK: - The bundled model

  @Test func mentioningTheSisterOffersNothing() throws {
    let scorer = try BundledScenarios.scorer(for: try BundledScenarios.scenario("broken-glassware"))
    let verdict = scorer.score("Oh no, I'm really sorry, that's the last thing you want before you wrap a present for your sister.")
    #expect(!verdict.offersExtra, "\(verdict.extra?.explanation ?? "")")
  }

  @Test func waivedFeesAreAnExtraQuotedByTheirClause() throws {
    let scorer = try BundledScenarios.scorer(for: try BundledScenarios.scenario("lost-pants"))
    let verdict = scorer.score("We'll pay for the trousers today. Your dive fees for the rest of the week are on us.")
    #expect(verdict.has(.answer))
    #expect(verdict.extra?.evidence.contains("dive fees") == true, "\(verdict.extra?.explanation ?? "none")")
  }

  @Test func whatTheAnswerLessonCallsExtraIsScoredAsExtra() throws {
    let scorer = try BundledScenarios.scorer(for: try BundledScenarios.scenario("lost-pants"))
    let lesson = try #require(MoveLesson.all.first { $0.move == .answer })
    let example = lesson.example.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
    #expect(ReplyReading(scorer.score(example)).offersExtra, "\(example)")
  }

  @Test(arguments: BundledScenarios.ids)
  func whatEachLessonCallsExtraIsScoredAsExtra(_ id: String) throws {
    let scenario = try BundledScenarios.scenario(id)
    let scorer = try BundledScenarios.scorer(for: scenario)
    #expect(!scenario.hidden.debrief.extras.isEmpty, "\(id) names the extras its lesson means")
    for offer in scenario.hidden.debrief.extras {
      #expect(ReplyReading(scorer.score(offer)).offersExtra, "\(id): '\(offer)'")
    }
  }

  // MARK: - Measuring it

  @Test func evalMeasuresExtraOnTheAnnotatedRepliesOnly() throws {
    let scorer = try BundledScenarios.scorer(for: try BundledScenarios.scenario("lost-pants"))
    let replies = [
      LabelledReply(text: "Tomorrow's dive is on us.", labels: [.answer], offer: .extra, line: 1),
      LabelledReply(text: "We'll pay for the trousers.", labels: [.answer], offer: .remedy, line: 2),
      LabelledReply(text: "I'm so sorry.", labels: [.apologize], line: 3),
    ]
    let evaluation = Evaluation(replies: replies, scorerFor: { _ in scorer })
    let extra = try #require(evaluation.extra)
    #expect(extra.support == 1)
    #expect(extra.truePositives + extra.falseNegatives == 1)
    #expect(Evaluation(replies: [replies[2]], scorerFor: { _ in scorer }).extra == nil)
  }
}
