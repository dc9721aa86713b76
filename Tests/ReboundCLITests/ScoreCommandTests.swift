import Foundation
import Testing

/// `rebound score ["TEXT"] [--scenario ID] [--json] [--rubric FILE]`, run as a trainee would.
@Suite struct ScoreCommandTests {
  @Test func scoresTextWithATrainersRubric() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text)
    let outcome = try ReboundBinary.run(["score", "--rubric", "mine.yaml", "Mea culpa, we will mend it."], in: directory.url)
    #expect(outcome.status == 0)
    #expect(outcome.stderr == "")
    #expect(
      outcome.stdout == """
        > Mea culpa, we will mend it.
          apologize    'Mea culpa' — a Latin apology  [custom.mea-culpa]
          answer       'we will mend' — offers to mend it  [custom.mend]
          labels: apologize, answer

        """)
  }

  /// `score`, `eval` and `train` find scenarios as `play` does: `--scenarios`, else
  /// `$REBOUND_SCENARIOS`, else ./scenarios.
  @Test func aScenarioIsFoundThroughTheEnvironmentAsPlayFindsIt() throws {
    let elsewhere = try TemporaryDirectory()
    let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path
    let found = try ReboundBinary.run(
      ["score", "--scenario", "lost-pants", "--no-model", "sorry about your trousers"],
      environment: ["REBOUND_SCENARIOS": scenarios], in: elsewhere.url)
    #expect(found.status == 0, "\(found.stderr)")
    #expect(found.stdout.contains("apology-that-names-their-problem"), "the scenario's items are used: \(found.stdout)")
    let missing = try ReboundBinary.run(["score", "--scenario", "lost-pants", "sorry"], in: elsewhere.url)
    #expect(missing.status != 0)
    #expect(missing.stderr.contains("no scenario 'lost-pants'"), "\(missing.stderr)")
  }

  @Test func scoresTextWithTheBuiltInRubric() throws {
    let outcome = try ReboundBinary.run(["score", "Calm down. I'll refund you."])
    #expect(outcome.status == 0)
    #expect(outcome.stdout.hasPrefix("> Calm down. I'll refund you.\n"))
    #expect(outcome.stdout.contains("  rude         'Calm down' — "), "\(outcome.stdout)")
    #expect(outcome.stdout.contains("  answer       '"), "\(outcome.stdout)")
    #expect(outcome.stdout.hasSuffix("  labels: answer, rude\n"), "\(outcome.stdout)")
    #expect(!outcome.stdout.contains("\u{1B}"), "no colour when the output is not a terminal")
  }

  @Test func jsonHasLabelsAndFindingsWithEvidence() throws {
    let text = "😞 Calm down. I'll refund you."
    let outcome = try ReboundBinary.run(["score", "--json", text])
    #expect(outcome.status == 0)
    let lines = outcome.stdout.split(separator: "\n")
    try #require(lines.count == 1, "one JSON object a reply, on one line")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
    #expect(object["labels"] as? [String] == ["answer", "rude"])
    let findings = try #require(object["findings"] as? [[String: Any]])
    try #require(!findings.isEmpty)
    let scalars = Array(text.unicodeScalars)
    for finding in findings {
      for key in ["label", "evidence", "start", "end", "rule", "explanation", "by"] {
        #expect(finding[key] != nil, "\(key) in \(finding)")
      }
      let start = try #require(finding["start"] as? Int)
      let end = try #require(finding["end"] as? Int)
      let evidence = try #require(finding["evidence"] as? String)
      try #require(0 <= start && start <= end && end <= scalars.count)
      if (finding["spans"] as? [Any])?.count ?? 1 == 1 {
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[start..<end])
        #expect(evidence == String(slice))
      }
      #expect((finding["explanation"] as? String)?.hasPrefix("'\(evidence)' — ") == true)
    }
    let rude = try #require(findings.first { $0["label"] as? String == "rude" })
    #expect(rude["evidence"] as? String == "Calm down")
    #expect(rude["start"] as? Int == 2)
    #expect(rude["end"] as? Int == 11)
  }

  @Test func withoutTextScoresEachLineOfStandardInput() throws {
    let outcome = try ReboundBinary.run(["score", "--json", "--no-model"], stdin: "Calm down.\nI'm so sorry.\n\nCould you send me the order number?\n")
    #expect(outcome.status == 0)
    let objects = try outcome.stdout.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
    #expect(objects.map { $0["text"] as? String } == ["Calm down.", "I'm so sorry.", "", "Could you send me the order number?"])
    #expect(objects.map { $0["labels"] as? [String] } == [["rude"], ["apologize"], [], ["communicate"]])
  }

  @Test func standardInputAsTextSeparatesReplies() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text)
    let outcome = try ReboundBinary.run(["score", "--rubric", "mine.yaml"], stdin: "Shoo.\nNothing here.\n", in: directory.url)
    #expect(outcome.status == 0)
    #expect(
      outcome.stdout == """
        > Shoo.
          rude         'Shoo' — shoos the customer away  [custom.shoo]
          labels: rude

        > Nothing here.
          no label

        """)
  }

  @Test(.enabled(if: ReboundBinary.hasPseudoTerminals, "needs a pseudo-terminal"))
  func colourOnATerminalUnlessNoColorIsSet() throws {
    let coloured = try ReboundBinary.runOnTerminal(["score", "Calm down."])
    #expect(coloured.contains("\u{1B}[1;31mCalm down\u{1B}[0m"), "\(coloured.debugDescription)")
    let plain = try ReboundBinary.runOnTerminal(["score", "Calm down."], environment: ["NO_COLOR": "1"])
    #expect(plain.contains("Calm down"), "\(plain.debugDescription)")
    #expect(!plain.contains("\u{1B}"), "\(plain.debugDescription)")
  }

  @Test func noColorAlsoWhenPiped() throws {
    let outcome = try ReboundBinary.run(["score", "Calm down."], environment: ["NO_COLOR": "1"])
    #expect(outcome.stdout.contains("'Calm down'"))
    #expect(!outcome.stdout.contains("\u{1B}"))
  }

  @Test func aScenarioAddsItsVocabulary() throws {
    let directory = try TemporaryDirectory()
    try directory.write("scenarios/lost-pants.yaml", "id: lost-pants\nhidden:\n  vocabulary:\n    items: [trousers, belt]\n")
    let reply = "I'm sorry about your trousers."
    let with = try ReboundBinary.run(["score", "--json", "--scenario", "lost-pants", reply], in: directory.url)
    let without = try ReboundBinary.run(["score", "--json", reply], in: directory.url)
    #expect(with.status == 0)
    #expect(with.stdout.contains(#""labels":["acknowledge","apologize"]"#), "\(with.stdout)")
    #expect(without.stdout.contains(#""labels":["apologize"]"#), "\(without.stdout)")
  }

  @Test func anUnknownScenarioIsAClearError() throws {
    let directory = try TemporaryDirectory()
    try directory.write("scenarios/lost-pants.yaml", "id: lost-pants\nvocabulary:\n  items: [trousers]\n")
    let outcome = try ReboundBinary.run(["score", "--scenario", "lost-pant", "Sorry."], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stdout == "")
    #expect(outcome.stderr.contains("no scenario 'lost-pant'"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("(did you mean 'lost-pants'?)"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("known: lost-pants"), "\(outcome.stderr)")
  }

  @Test func aRubricWithAnUnknownLabelIsAClearError() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text.replacingOccurrences(of: "label: apologize", with: "label: apologise"))
    let outcome = try ReboundBinary.run(["score", "--rubric", "mine.yaml", "Mea culpa."], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stdout == "")
    #expect(
      outcome.stderr.contains(
        "mine.yaml:20:12: error: rules[1].label: unknown label 'apologise' (did you mean 'apologize'?) (labels: acknowledge, communicate, apologize, answer, excuse, blame, rude)"
      ), "\(outcome.stderr)")
  }

  @Test func aRubricThatIsNotValidYAMLNamesTheLine() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text.replacingOccurrences(of: "phrases: [shoo]", with: "phrases: [shoo"))
    let outcome = try ReboundBinary.run(["score", "--rubric", "mine.yaml", "Shoo."], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("mine.yaml:"), "\(outcome.stderr)")
    #expect(outcome.stderr.range(of: #"mine\.yaml:[0-9]+(:[0-9]+)?: error: "#, options: .regularExpression) != nil, "\(outcome.stderr)")
  }

  @Test func aMissingRubricFileIsAClearError() throws {
    let directory = try TemporaryDirectory()
    let outcome = try ReboundBinary.run(["score", "--rubric", "nowhere.yaml", "Sorry."], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("nowhere.yaml: error: cannot read the rule file"), "\(outcome.stderr)")
  }
}
