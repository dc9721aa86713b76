import Foundation
import Testing

@testable import ReboundKit

/// A total refusal ("there's nothing I can do") is rude by itself, and an excuse only with a
/// reason outside the speaker (decision 4): the learned model may not read the refusal's words
/// alone as an excuse, but a reason elsewhere in the reply still counts.
@Suite struct TotalRefusalVetoTests {
  @Test func theRubricMarksTheWordsOfATotalRefusal() throws {
    let refusal = try Shared.score("Sorry for the wait. There's nothing I can do.")
    #expect(refusal.totalRefusals.count == 1)
    let span = try #require(refusal.totalRefusals.first)
    let words = String(String.UnicodeScalarView(Array(refusal.text.unicodeScalars)[span.start..<span.end]))
    #expect(words.lowercased().contains("nothing i can do"), "\(words)")
    #expect(try Shared.score("We can't refund a sale item.").totalRefusals.isEmpty, "one remedy refused is not a total refusal")
  }

  /// Found by searching our corpora and the decided cases, so retraining cannot leave the test
  /// with nothing to check: every reply where the model alone reads an excuse from a total
  /// refusal's words is not called an excuse.
  @Test func theModelCannotReadABareRefusalAsAnExcuse() throws {
    let scorer = try LearnedScorerTests.scorer()
    var workspace = Scorer.Workspace()
    var vetoed = 0
    var texts = [
      "Sorry for the wait, that said, there's nothing I can do.", "There's nothing more we can do.",
      "Look, nothing I can do, okay?", "Honestly there is nothing else I can offer.",
    ]
    for file in ["corpus/test.jsonl", "corpus/hard-cases.jsonl", "corpus/rudeness-shapes.jsonl"] {
      let url = TestSplitGateTests.root.appendingPathComponent(file)
      texts += try CorpusReader.read(contentsOf: url, displayName: file).replies.map(\.text)
    }
    for text in texts {
      let rules = scorer.ruleVerdict(text, using: &workspace)
      guard !rules.totalRefusals.isEmpty, !rules.has(.excuse) else { continue }
      let excuse = try #require(scorer.explain(text).first { $0.label == .excuse && !$0.isExtra })
      if excuse.onlyARefusal {
        vetoed += 1
        #expect(!excuse.applies)
        #expect(!scorer.score(text).has(.excuse), "\(text)")
      }
    }
    #expect(vetoed > 0, "no bare refusal was read as an excuse by the model: nothing checked")
  }

  @Test func aReasonBesideTheRefusalIsStillAnExcuse() throws {
    let scorer = try LearnedScorerTests.scorer()
    let verdict = scorer.score("There's nothing I can do, the airline sets the fares and the system won't let me change them.")
    #expect(verdict.has(.excuse), "\(verdict.labels)")
    #expect(verdict.has(.rude), "\(verdict.labels)")
  }
}
