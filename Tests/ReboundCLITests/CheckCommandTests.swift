import Foundation
import Testing

/// `rebound check` and `rebound new`, run as a trainer would.
@Suite struct CheckCommandTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path
  static let broken = ReboundBinary.packageRoot.appendingPathComponent("Tests/ReboundKitTests/Fixtures/check/unreachable.yaml").path

  /// The gate for the bundled library: no unreachable reaction or outcome, paths as promised.
  @Test func everyBundledScenarioPassesTheStrictCheck() throws {
    let result = try ReboundBinary.run(["check", "--strict", Self.scenarios], in: ReboundBinary.packageRoot)
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stdout.contains(" 0 errors, "), "\(result.stdout.suffix(2000))")
    // The only warnings allowed are paths whose known issue is written down in the scenario,
    // and natural replies whose reaction does not fit (measured, not gated).
    let warnings = result.stdout.split(separator: "\n").filter { $0.contains("warning:") }
    #expect(warnings.allSatisfy { $0.contains("(known issue: ") || $0.contains("warning: a natural ") }, "\(warnings)")
    #expect(warnings.filter { $0.contains("warning: a natural ") }.count <= 13, "most natural offers and questions get a fitting reaction")
    #expect(result.stdout.contains("\(try Self.corpusReplyCount()) corpus replies"), "the corpus in corpus/ is used")
  }

  /// The replies in every `corpus/*.jsonl`, one a non-empty line.
  static func corpusReplyCount() throws -> Int {
    let folder = ReboundBinary.packageRoot.appendingPathComponent("corpus")
    let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "jsonl" }
    return try files.reduce(0) { total, url in
      let text = try String(contentsOf: url, encoding: .utf8)
      return total + text.split(whereSeparator: \.isNewline).filter { !$0.allSatisfy(\.isWhitespace) }.count
    }
  }

  @Test func aBrokenScenarioFailsWithItsUnreachableReactionAndOutcome() throws {
    let result = try ReboundBinary.run(["check", Self.broken, "--runs", "200"], in: ReboundBinary.packageRoot)
    #expect(result.status == 1)
    #expect(result.stdout.contains("error: hard: no session ended resolved in 200 sessions"))
    #expect(result.stdout.contains("warning: easy: unreachable reaction"))
    #expect(result.stdout.contains("missing-remedy"))
  }

  @Test func theJSONReportIsTheSameForTheSameSeedAndParses() throws {
    let file = Self.scenarios + "/wrong-order.yaml"
    let arguments = ["check", file, "--runs", "100", "--seed", "42", "--format", "json"]
    let first = try ReboundBinary.run(arguments, in: ReboundBinary.packageRoot)
    let again = try ReboundBinary.run(arguments, in: ReboundBinary.packageRoot)
    let other = try ReboundBinary.run(["check", file, "--runs", "100", "--seed", "43", "--format", "json"], in: ReboundBinary.packageRoot)
    #expect(first.stdout == again.stdout)
    #expect(first.stdout != other.stdout)
    let json = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
    #expect(json["seed"] as? String == "42")
    #expect(json["runs"] as? Int == 100)
    let scenario = try #require((json["scenarios"] as? [[String: Any]])?.first)
    #expect(scenario["id"] as? String == "wrong-order")
    let exploration = try #require(scenario["exploration"] as? [[String: Any]])
    #expect(exploration.map { $0["difficulty"] as? String } == ["easy", "medium", "hard"])
    let outcomes = try #require(exploration.first?["outcomes"] as? [String: [String: Any]])
    #expect(Set(outcomes.keys) == ["resolved", "walked-out", "turn-limit"])
    let sessions = outcomes.values.compactMap { $0["sessions"] as? Int }.reduce(0, +)
    #expect(sessions == 100)
    let reactions = try #require(exploration.first?["reactions"] as? [String: [Int]])
    #expect(reactions.count == 17, "every reaction, the optional aside included")
    #expect(scenario["difficulty_comparison"] is [String: Any])
    // Every path passed, or failed with its known issue written down.
    #expect((scenario["paths"] as? [[String: Any]])?.allSatisfy { $0["passed"] as? Bool == true || $0["known_issue"] is String } == true)
  }

  /// new → lint → play → check, as the docs promise.
  @Test func aNewScenarioLintsPlaysAndPassesTheCheckAtOnce() throws {
    let folder = try TemporaryDirectory()
    let dir = folder.url.appendingPathComponent("mine").path
    let created = try ReboundBinary.run(["new", "front-desk", "--scenarios", dir])
    #expect(created.status == 0, "\(created.stderr)")
    #expect(created.stdout.contains("wrote \(dir)/front-desk.yaml"))
    let text = try String(contentsOfFile: dir + "/front-desk.yaml", encoding: .utf8)
    #expect(text.contains("\nid: front-desk\n"))

    let lint = try ReboundBinary.run(["lint", dir])
    #expect(lint.status == 0)
    #expect(lint.stderr.contains("0 errors, 0 warnings"), "\(lint.stdout)")

    let played = try ReboundBinary.run(
      ["play", "front-desk", "--scenarios", dir, "--trainee", "tess", "--transcripts", folder.url.appendingPathComponent("t").path, "--seed", "3"],
      stdin: "I'm so sorry, that should never have happened.\n")
    #expect(played.status == 0, "\(played.stderr)")
    #expect(played.stdout.contains("tess"), "\(played.stdout)")

    let checked = try ReboundBinary.run(["check", dir, "--strict"], in: ReboundBinary.packageRoot)
    #expect(checked.status == 0, "\(checked.stdout)")
    #expect(checked.stdout.contains(" 0 errors, "), "\(checked.stdout)")
    let warnings = checked.stdout.split(separator: "\n").filter { $0.contains("warning:") }
    #expect(warnings.allSatisfy { $0.contains("(known issue: ") }, "\(warnings)")
  }

  @Test func newRefusesABadIdAndAnExistingFileAndCopiesWithFrom() throws {
    let folder = try TemporaryDirectory()
    let dir = folder.url.path
    let bad = try ReboundBinary.run(["new", "Front Desk", "--scenarios", dir])
    #expect(bad.status != 0)
    #expect(bad.stderr.contains("is not a plain slug"))
    #expect(try ReboundBinary.run(["new", "one", "--scenarios", dir]).status == 0)
    let again = try ReboundBinary.run(["new", "one", "--scenarios", dir])
    #expect(again.status == 1)
    #expect(again.stderr.contains("already exists"))
    let copy = try ReboundBinary.run(["new", "two", "--from", Self.scenarios + "/wrong-order.yaml", "--scenarios", dir])
    #expect(copy.status == 0)
    let text = try String(contentsOfFile: dir + "/two.yaml", encoding: .utf8)
    #expect(text.contains("\nid: two\n"))
    #expect(text.contains("nut allergy"))
    let missing = try ReboundBinary.run(["new", "three", "--from", "nowhere", "--scenarios", dir])
    #expect(missing.status == 1)
    #expect(missing.stderr.contains("no scenario 'nowhere'"))
  }
}
