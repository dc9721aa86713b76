import Foundation
import ReboundKit
import Testing

/// `question_openers` make a sentence typed without "?" a question, so rules that only apply
/// in questions (`in_question: true`) see it.
@Suite struct QuestionOpenerTests {
  /// The custom rubric plus a rule that only fires in a question.
  private func rubric(openers: String?) throws -> Scorer {
    var text = try Fixture.text("custom-rubric.yaml")
    text = text.replacingOccurrences(of: "structures: []", with: """
        - id: custom.did-you-lock
          label: blame
          explanation: asks whether they locked it
          in_question: true
          phrases: ["did you lock"]
      structures: []
      """)
    if let openers {
      text = text.replacingOccurrences(of: "clause_words: [but]", with: "clause_words: [but]\nquestion_openers: \(openers)")
    }
    return try Scorer(rubric: try Rubric(yaml: text, source: "openers.yaml"))
  }

  @Test func withoutOpenersOnlyAQuestionMarkMakesAQuestion() throws {
    let scorer = try rubric(openers: nil)
    #expect(scorer.score("did you lock it").labels == [])
    #expect(scorer.score("did you lock it?").labels == [.blame])
  }

  @Test func anOpenerMakesAQuestionWithoutTheMark() throws {
    let scorer = try rubric(openers: "[\"did you\", \"did u\"]")
    #expect(scorer.score("did you lock it").labels == [.blame])
    #expect(scorer.score("Fine. Did you lock it. Thanks").labels == [.blame])
  }

  @Test func aScenariosVocabularyKeepsTheOpeners() throws {
    let scorer = try rubric(openers: "[\"did you\"]").adding(ScenarioVocabulary(items: ["kayak"]))
    #expect(scorer.score("did you lock it").labels == [.blame])
  }

  @Test func anOpenerCountsOnlyAtTheStartOfASentence() throws {
    let scorer = try rubric(openers: "[\"did you\"]")
    #expect(scorer.score("I wonder whether did you lock it").labels == [])
  }

  @Test func anEmptyOpenerIsAnError() throws {
    let error = #expect(throws: RubricError.self) {
      _ = try rubric(openers: "[\"did you\", \"  \"]")
    }
    #expect(error?.description.contains("question_openers[1]") == true)
  }
}
