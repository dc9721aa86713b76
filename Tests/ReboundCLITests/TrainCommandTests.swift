import Foundation
import Testing

/// `rebound train`, and the learned model in `score` and `eval`, run as a trainer would.
@Suite struct TrainCommandTests {
  /// Labels by id, and the texts in a file of their own: as the real replies are kept.
  static let labels = """
    {"id": "t01", "labels": ["apologize"]}
    {"id": "t02", "labels": ["acknowledge", "apologize"]}
    {"id": "t03", "labels": ["acknowledge"]}
    {"id": "t04", "labels": ["communicate"]}
    {"id": "t05", "labels": ["communicate", "answer"]}
    {"id": "t06", "labels": ["answer"]}
    {"id": "t07", "labels": ["excuse"]}
    {"id": "t08", "labels": ["blame"]}
    {"id": "t09", "labels": ["rude"]}
    {"id": "t10", "labels": []}

    """

  static let texts = """
    {"id": "t01", "text": "I'm so sorry about this."}
    {"id": "t02", "text": "My apologies, that was our mistake."}
    {"id": "t03", "text": "That must have been a horrible night for you."}
    {"id": "t04", "text": "Could you send me the order number?"}
    {"id": "t05", "text": "I'll refund the whole order today."}
    {"id": "t06", "text": "A new glass is on its way, free of charge."}
    {"id": "t07", "text": "Our supplier sets those prices."}
    {"id": "t08", "text": "You should have used the safe."}
    {"id": "t09", "text": "Calm down, it's only a pair of trousers."}
    {"id": "t10", "text": "Have a nice day."}
    {"id": "t11", "text": "Not in the corpus."}

    """

  static func directory() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write("mine.jsonl", labels)
    try directory.write("texts.jsonl", texts)
    return directory
  }

  @Test func trainsTheSameBytesTwiceAndWritesAManifest() throws {
    let directory = try Self.directory()
    let first = try ReboundBinary.run(
      ["train", "mine.jsonl", "--texts", "texts.jsonl", "--output", "a.bin", "--measure", "mine.jsonl"], in: directory.url)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("trained on 10 replies from 1 file(s) in "))
    #expect(first.stdout.contains("mine.jsonl: macro-F1 "))
    let second = try ReboundBinary.run(["train", "mine.jsonl", "--texts", "texts.jsonl", "--output", "b.bin"], in: directory.url)
    #expect(second.status == 0)
    let a = try Data(contentsOf: directory.url.appendingPathComponent("a.bin"))
    let b = try Data(contentsOf: directory.url.appendingPathComponent("b.bin"))
    #expect(a == b)

    let manifest = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: directory.url.appendingPathComponent("a.json"))) as? [String: Any])
    #expect(manifest["replies"] as? Int == 10)
    #expect(manifest["schema_version"] as? Int == 1)
    #expect((manifest["epochs"] as? [String: Int])?.count == 7)
    #expect((manifest["label_counts"] as? [String: Int])?["acknowledge"] == 2)
    let trainedOn = try #require(manifest["trained_on"] as? [[String: Any]])
    #expect(trainedOn.first?["file"] as? String == "mine.jsonl")
    #expect((trainedOn.first?["sha256"] as? String)?.count == 64)
    #expect((manifest["figures"] as? [[String: Any]])?.first?["corpus"] as? String == "mine.jsonl")
    #expect((manifest["licence"] as? String)?.contains("CC BY-NC-SA 4.0") == true)

    let scored = try ReboundBinary.run(["score", "--model", "a.bin", "--explain", "Our supplier sets those prices."], in: directory.url)
    #expect(scored.status == 0)
    #expect(scored.stdout.contains("  learned model, per label and for something extra (margin above 0: it applies):\n"))
    #expect(scored.stdout.contains("  excuse       yes  margin +"))

    let measured = try ReboundBinary.run(["eval", "mine.jsonl", "--texts", "texts.jsonl", "--model", "a.bin"], in: directory.url)
    #expect(measured.status == 0, "\(measured.stderr)")
    #expect(measured.stdout.hasPrefix("mine.jsonl: 10 replies\n"))
    #expect(measured.stdout.contains("model        learned layer, version "))
  }

  @Test func aBadLineIsReportedAndNothingIsTrained() throws {
    let directory = try Self.directory()
    try directory.write("bad.jsonl", Self.labels + "{\"id\": \"t99\", \"labels\": [\"answer\"]}\n{\"text\": \"Hi\", \"labels\": [\"politeness\"]}\n")
    let outcome = try ReboundBinary.run(["train", "bad.jsonl", "--texts", "texts.jsonl", "--output", "m.bin"], in: directory.url)
    #expect(outcome.status == 1)
    #expect(
      outcome.stderr == """
        bad.jsonl:11: no text for id 't99' in texts.jsonl
        bad.jsonl:12: unknown label 'politeness'; valid labels: acknowledge, communicate, apologize, answer, excuse, blame, rude
        error: 2 line(s) could not be read; nothing was trained

        """)
    #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("m.bin").path))
  }

  @Test(arguments: [
    ("rudeness=0.5", "--rule-weight: a rule weight names 'rudeness', which is not a label"),
    ("rude", "--rule-weight 'rude': expected LABEL=FACTOR, like rude=0.5"),
    ("rude=11", "--rule-weight: the rule weight of 'rude' must be from 0.0 to 10.0, not 11.0"),
  ])
  func aBadRuleWeightIsRefusedBeforeTraining(weight: String, message: String) throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(
      ["train", "mine.jsonl", "--texts", "texts.jsonl", "--rule-weight", weight, "--output", "m.bin"], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains(message), "\(outcome.stderr)")
    #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("m.bin").path))
  }

  @Test func aRuleWeightIsRecordedInTheManifest() throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(
      ["train", "mine.jsonl", "--texts", "texts.jsonl", "--rule-weight", "blame=0.25", "--output", "m.bin"], in: directory.url)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let manifest = try String(contentsOf: directory.url.appendingPathComponent("m.json"), encoding: .utf8)
    #expect(manifest.contains("\"blame\" : 0.25") || manifest.contains("\"blame\":0.25"), "\(manifest.prefix(600))")
    #expect(manifest.contains("\"rude\" : 0.5") || manifest.contains("\"rude\":0.5"))
  }

  @Test func idOnlyLinesNeedTheTexts() throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(["train", "mine.jsonl", "--output", "m.bin"], in: directory.url)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasPrefix("mine.jsonl:1: no \"text\", only the id 't01': give --texts FILE to read the texts by id\n"))
  }

  @Test func aDamagedModelIsRefusedWithItsName() throws {
    let directory = try Self.directory()
    try directory.write("broken.bin", "RBNDMODL and then nothing useful")
    let outcome = try ReboundBinary.run(["score", "--model", "broken.bin", "Sorry."], in: directory.url)
    #expect(outcome.status == 1)
    #expect(outcome.stdout == "")
    #expect(outcome.stderr == "Error: broken.bin: error: model format 1684955424 is not one this Rebound reads (it reads format 3); retrain it with `rebound train`\n")
  }

  @Test func aMeasureFileThatCannotBeReadStopsTrainingBeforeItStarts() throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(
      ["train", "mine.jsonl", "--texts", "texts.jsonl", "--output", "m.bin", "--measure", "nowhere.jsonl"], in: directory.url)
    #expect(outcome.status == 1)
    #expect(outcome.stderr.hasSuffix("error: 1 line(s) could not be read; nothing was trained\n"))
    #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("m.bin").path))
    #expect(!FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("m.json").path))
  }
}
