import Foundation
import ReboundKit
import Testing

/// Reading a labelled corpus: every good line kept, every bad one reported as `file:line`.
@Suite struct CorpusReaderTests {
  static let validLabels = "valid labels: acknowledge, communicate, apologize, answer, excuse, blame, rude"

  @Test func readsGoodLinesAndReportsEveryBadOne() throws {
    let result = try CorpusReader.read(contentsOf: try Fixture.url("malformed.jsonl"), displayName: "malformed.jsonl")
    #expect(
      result.replies == [
        LabelledReply(text: "I'm so sorry.", labels: [.apologize], line: 1),
        LabelledReply(text: "Nothing here.", labels: [], id: "n1", line: 10),
      ])
    #expect(
      result.problems.map(\.description) == [
        #"malformed.jsonl:2: not valid JSON (expected one object a line, like {"text": "…", "labels": ["apologize"]})"#,
        "malformed.jsonl:3: unknown label 'apologise' (did you mean 'apologize'?); \(Self.validLabels)",
        #"malformed.jsonl:4: missing "text" (or an "id" to read it from --texts FILE)"#,
        #"malformed.jsonl:5: "text" must be a string"#,
        #"malformed.jsonl:6: "labels" must be a list of label names"#,
        #"malformed.jsonl:8: "scenario" must be a string"#,
        #"malformed.jsonl:9: expected a JSON object with "text" and "labels""#,
        #"malformed.jsonl:11: "labels" must hold strings"#,
        "malformed.jsonl:12: unknown label 'politeness'; \(Self.validLabels)",
      ])
  }

  /// JSON strings may hold U+2028, U+2029 and U+0085 unescaped; they are not line breaks.
  @Test func unicodeLineSeparatorsInsideStringsDoNotSplitALine() {
    let text = "{\"text\": \"so sorry\u{2028}I will refund\", \"labels\": [\"apologize\"]}\n"
      + "{\"text\": \"x\u{85}y\u{2029}z\", \"labels\": []}\r\n"
      + "{\"text\": \"calm down\", \"labels\": [\"rude\"]}\n"
    let result = CorpusReader.parse(text, file: "ls.jsonl")
    #expect(result.problems.isEmpty, "\(result.problems)")
    #expect(result.replies.map(\.line) == [1, 2, 3])
    #expect(result.replies.first?.text == "so sorry\u{2028}I will refund")
  }

  @Test func aProblemKnowsItsFileAndLine() {
    let result = CorpusReader.parse("{\"text\": \"x\"}\n", file: "c.jsonl")
    #expect(result.problems == [LineDiagnostic(file: "c.jsonl", line: 1, message: #"missing "labels" (use [] for a reply with no label)"#)])
  }

  @Test func anEmptyLabelListIsAllowed() {
    let result = CorpusReader.parse(#"{"text": "Have a nice day.", "labels": []}"#, file: "c.jsonl")
    #expect(result.problems.isEmpty)
    #expect(result.replies == [LabelledReply(text: "Have a nice day.", labels: [], line: 1)])
  }

  @Test func scenarioIdAndDuplicateLabelsAreRead() {
    let line = #"{"text": "Sorry.", "labels": ["apologize", "apologize"], "scenario": "lost-pants", "id": "a7", "source": "x"}"#
    let result = CorpusReader.parse(line, file: "c.jsonl")
    #expect(result.replies == [LabelledReply(text: "Sorry.", labels: [.apologize], scenario: "lost-pants", id: "a7", line: 1)])
  }

  @Test func windowsLineEndingsAndBlankLinesAreFine() {
    let text = "{\"text\": \"Calm down.\", \"labels\": [\"rude\"]}\r\n\r\n   \r\n{\"text\": \"I’m sorry — really.\", \"labels\": [\"apologize\"]}\r\n"
    let result = CorpusReader.parse(text, file: "c.jsonl")
    #expect(result.problems.isEmpty)
    #expect(result.replies.map(\.line) == [1, 4])
    #expect(result.replies.map(\.text) == ["Calm down.", "I’m sorry — really."])
  }

  @Test func aMissingFileIsAnError() {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("no-such-corpus-\(UUID().uuidString).jsonl")
    let error = #expect(throws: LineDiagnostic.self) {
      _ = try CorpusReader.read(contentsOf: url, displayName: "missing.jsonl")
    }
    #expect(error?.file == "missing.jsonl")
    #expect(error?.message.hasPrefix("cannot read the file") == true)
  }
}
