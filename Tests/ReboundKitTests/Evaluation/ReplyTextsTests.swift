import Foundation
import ReboundKit
import Testing

@Suite struct ReplyTextsTests {
  static func write(_ text: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("texts-\(UUID().uuidString).jsonl")
    try Data(text.utf8).write(to: url)
    return url
  }

  @Test func readsTextsByIdAndJoinsThemIntoACorpus() throws {
    let texts = try ReplyTexts(contentsOf: Self.write("{\"id\": \"a1\", \"text\": \"Sorry.\", \"brand\": \"x\"}\n\n{\"id\": \"a2\", \"text\": \"Calm down.\"}\n"), displayName: "t.jsonl")
    #expect(texts.count == 2 && texts["a2"] == "Calm down." && texts.sha256.count == 64)
    let corpus = CorpusReader.parse("{\"id\": \"a2\", \"labels\": [\"rude\"]}\n{\"id\": \"a9\", \"labels\": []}\n", file: "c.jsonl", texts: texts)
    #expect(corpus.replies.map(\.text) == ["Calm down."])
    #expect(corpus.problems.map(\.description) == ["c.jsonl:2: no text for id 'a9' in t.jsonl"])
  }

  @Test(arguments: [
    ("{\"id\": 2, \"text\": \"Hi\"}\n", "t.jsonl:1: \"id\" must be a string"),
    ("{\"id\": \"a\", \"text\": \"Hi\"}\n{\"id\": \"a\", \"text\": \"Ho\"}\n", "t.jsonl:2: id 'a' appears twice"),
    ("{\"id\": \"a\"}\n", "t.jsonl:1: \"text\" must be a string"),
    ("not json\n", "t.jsonl:1: not a JSON object (expected {\"id\": \"…\", \"text\": \"…\"})"),
  ])
  func aBadLineIsNamedWithItsLine(_ text: String, _ message: String) throws {
    let url = try Self.write(text)
    let error = #expect(throws: LineDiagnostic.self) { try ReplyTexts(contentsOf: url, displayName: "t.jsonl") }
    #expect(error?.description == message)
  }

  @Test func aCorpusLineWithANumericIdSaysSo() {
    let corpus = CorpusReader.parse("{\"id\": 7, \"labels\": []}\n", file: "c.jsonl")
    #expect(corpus.problems.map(\.description) == ["c.jsonl:1: \"id\" must be a string"])
  }
}
