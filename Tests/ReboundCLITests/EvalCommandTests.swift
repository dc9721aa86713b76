import Foundation
import Testing
import ReboundKit

/// `rebound eval FILE.jsonl [--json] [--errors]`, run on corpus files written for each test.
@Suite struct EvalCommandTests {
  static let validLabels = "valid labels: acknowledge, communicate, apologize, answer, excuse, blame, rude"

  /// Four replies for the custom rubric: two right, one wrongly found, one missed.
  static let corpus = """
    {"text": "Mea culpa.", "labels": ["apologize"]}
    {"text": "Shoo.", "labels": [], "id": "s1"}
    {"text": "Sorry about that.", "labels": ["apologize"], "scenario": "lost-pants"}
    {"text": "We will mend it.", "labels": ["answer"]}

    """

  static let table = """
    small.jsonl: 4 replies

    label        precision  recall     f1  support
    acknowledge      1.000   1.000  1.000        0
    communicate      1.000   1.000  1.000        0
    apologize        1.000   0.500  0.667        2
    answer           1.000   1.000  1.000        1
    excuse           1.000   1.000  1.000        0
    blame            1.000   1.000  1.000        0
    rude             0.000   0.000  0.000        0

    macro-F1     0.810
    exact match  0.500 (2 of 4 replies with exactly the right labels)

    """

  static func directory() throws -> TemporaryDirectory {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text)
    try directory.write("small.jsonl", corpus)
    try directory.write("scenarios/lost-pants.yaml", "id: lost-pants\nvocabulary:\n  items: [trousers]\n")
    return directory
  }

  @Test func printsTheFiguresOfAGoodCorpus() throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(["eval", "small.jsonl", "--rubric", "mine.yaml"], in: directory.url)
    #expect(outcome.status == 0)
    #expect(outcome.stderr == "")
    #expect(outcome.stdout == Self.table + (try Self.rubricLine(in: directory)))
  }

  /// The line that names the rubric and its version under the figures.
  static func rubricLine(in directory: borrowing TemporaryDirectory) throws -> String {
    let rubric = try Rubric(contentsOf: directory.url.appendingPathComponent("mine.yaml"), displayName: "mine.yaml")
    #expect(rubric.version.count == 16)
    return "rubric       mine.yaml, version \(rubric.version)\n"
  }

  @Test func jsonHasTheDocumentedKeys() throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(["eval", "small.jsonl", "--rubric", "mine.yaml", "--json"], in: directory.url)
    #expect(outcome.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    #expect(Set(object.keys) == ["count", "labels", "macro_f1", "exact_match", "rubric"])
    let stamp = try #require(object["rubric"] as? [String: String])
    #expect(stamp["source"] == "mine.yaml")
    #expect(stamp["version"]?.count == 16)
    #expect(object["count"] as? Int == 4)
    #expect(object["exact_match"] as? Double == 0.5)
    #expect(abs((object["macro_f1"] as? Double ?? 0) - (5 + 2.0 / 3.0) / 7) < 1e-9)
    let labels = try #require(object["labels"] as? [String: [String: Any]])
    #expect(Set(labels.keys) == ["acknowledge", "communicate", "apologize", "answer", "excuse", "blame", "rude"])
    for (name, metrics) in labels {
      #expect(Set(["precision", "recall", "f1", "support"]).isSubset(of: Set(metrics.keys)), "\(name)")
    }
    let apologize = try #require(labels["apologize"])
    #expect(apologize["precision"] as? Double == 1)
    #expect(apologize["recall"] as? Double == 0.5)
    #expect(abs((apologize["f1"] as? Double ?? 0) - 2.0 / 3.0) < 1e-9)
    #expect(apologize["support"] as? Int == 2)
    #expect(labels["rude"]?["f1"] as? Double == 0)
  }

  @Test func theBuiltInRubricOnAGoodCorpus() throws {
    let directory = try TemporaryDirectory()
    try directory.write(
      "good.jsonl",
      """
      {"text": "Calm down.", "labels": ["rude"]}
      {"text": "I'm so sorry.", "labels": ["apologize"]}
      {"text": "Thank you for your patience.", "labels": ["acknowledge"]}
      {"text": "Have a nice day.", "labels": []}
      """)
    let outcome = try ReboundBinary.run(["eval", "good.jsonl", "--json", "--no-model"], in: directory.url)
    #expect(outcome.status == 0)
    #expect(outcome.stderr == "")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
    #expect(object["count"] as? Int == 4)
    #expect(object["exact_match"] as? Double == 1)
    #expect(object["macro_f1"] as? Double == 1)
  }

  @Test func errorsListsEachMisjudgedReply() throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(["eval", "small.jsonl", "--rubric", "mine.yaml", "--errors"], in: directory.url)
    #expect(outcome.status == 0)
    #expect(
      outcome.stdout == """
        small.jsonl:2 (s1)
          > Shoo.
          expected: (none)
          found:    rude
          wrongly found: rude
            rude: 'Shoo' — shoos the customer away [custom.shoo]

        small.jsonl:3
          > Sorry about that.
          expected: apologize
          found:    (none)
          missed: apologize


        """ + Self.table + (try Self.rubricLine(in: directory)))
  }

  @Test func aCorpusWithNoGoodLinePrintsNoFigures() throws {
    let directory = try Self.directory()
    try directory.write(
      "broken.jsonl",
      """
      {"text": 3, "labels": []}
      not json at all

      """)
    let outcome = try ReboundBinary.run(["eval", "broken.jsonl", "--rubric", "mine.yaml"], in: directory.url)
    #expect(outcome.status == 1)
    #expect(outcome.stdout == "", "no table of empty figures")
    #expect(
      outcome.stderr == """
        broken.jsonl:1: "text" must be a string
        broken.jsonl:2: not valid JSON (expected one object a line, like {"text": "…", "labels": ["apologize"]})
        broken.jsonl: error: no well-formed reply to measure

        """)
  }

  @Test func aMalformedCorpusReportsEachLineAndFails() throws {
    let directory = try Self.directory()
    try directory.write(
      "bad.jsonl",
      """
      {"text": "Mea culpa.", "labels": ["apologize"]}
      {"text": "Shoo.", "labels": ["rude"]
      {"text": "We will mend it.", "labels": ["answer"]}
      {"text": "Mea culpa.", "labels": ["appology"]}
      {"labels": []}

      """)
    let outcome = try ReboundBinary.run(["eval", "bad.jsonl", "--rubric", "mine.yaml"], in: directory.url)
    #expect(outcome.status == 1)
    #expect(
      outcome.stderr == """
        bad.jsonl:2: not valid JSON (expected one object a line, like {"text": "…", "labels": ["apologize"]})
        bad.jsonl:4: unknown label 'appology'; \(Self.validLabels)
        bad.jsonl:5: missing "text" (or an "id" to read it from --texts FILE)
        bad.jsonl: 3 malformed line(s); the figures above leave them out

        """)
    #expect(outcome.stdout.hasPrefix("bad.jsonl: 2 replies\n"), "the good lines are still measured")
  }

  @Test func anUnknownLabelNamesTheSevenValidOnes() throws {
    let directory = try Self.directory()
    try directory.write("typo.jsonl", #"{"text": "Sorry.", "labels": ["apologise", "answer"]}"# + "\n")
    let outcome = try ReboundBinary.run(["eval", "typo.jsonl", "--rubric", "mine.yaml", "--json"], in: directory.url)
    #expect(outcome.status != 0)
    #expect(
      outcome.stderr.contains("typo.jsonl:1: unknown label 'apologise' (did you mean 'apologize'?); \(Self.validLabels)\n"),
      "\(outcome.stderr)")
  }

  @Test func anEmptyCorpusIsAnError() throws {
    let directory = try Self.directory()
    try directory.write("empty.jsonl", "\n\n")
    let outcome = try ReboundBinary.run(["eval", "empty.jsonl", "--rubric", "mine.yaml"], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("empty.jsonl: error: the corpus holds no replies"), "\(outcome.stderr)")
  }

  @Test func aMissingCorpusIsAnError() throws {
    let directory = try Self.directory()
    let outcome = try ReboundBinary.run(["eval", "nowhere.jsonl", "--rubric", "mine.yaml"], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stdout == "")
    #expect(outcome.stderr.contains("nowhere.jsonl"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("cannot read the file"), "\(outcome.stderr)")
  }
}
