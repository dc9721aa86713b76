import Foundation
import Testing

/// `rebound list` and `rebound lint`.
@Suite struct ScenarioCommandTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path

  @Test func listShowsEveryBundledScenarioAsATable() throws {
    let result = try ReboundBinary.run(["list", "--scenarios", Self.scenarios])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.first?.hasPrefix("ID") == true)
    #expect(lines.contains { $0.hasPrefix("lost-pants ") && $0.hasSuffix("hard") })
    #expect(lines.contains { $0.hasPrefix("broken-glassware ") })
    #expect(lines.count >= 7)
  }

  @Test func lintPassesOnTheBundledScenarios() throws {
    let result = try ReboundBinary.run(["lint", Self.scenarios])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stderr.contains("0 errors, 0 warnings"))
  }

  @Test func lintReportsEveryProblemInEveryFileWithACaretAndExitsNonZero() throws {
    let folder = try TemporaryDirectory()
    let good = try String(contentsOfFile: Self.scenarios + "/lost-pants.yaml", encoding: .utf8)
    try folder.write("lost-pants.yaml", good.replacingOccurrences(of: "  blame:\n", with: "  blamme:\n"))
    try folder.write("wrong-order.yaml", "id: wrong-order\ntitle: [\n")
    try folder.write("fine.yaml", good.replacingOccurrences(of: "id: lost-pants", with: "id: fine"))
    let result = try ReboundBinary.run(["lint", folder.url.path])
    #expect(result.status == 1)
    let line = good.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0 == "  blame:" }.map { $0 + 1 } ?? 0
    #expect(result.stdout.contains("lost-pants.yaml:\(line):3: error: unknown reaction 'blamme' (did you mean 'blame'?)\n      blamme:\n      ^"))
    #expect(result.stdout.contains("wrong-order.yaml:"))
    #expect(!result.stdout.contains("fine.yaml"))
    #expect(result.stderr.contains("3 files checked"))
  }

  @Test func lintOfAnEmptyFolderSaysSo() throws {
    let folder = try TemporaryDirectory()
    let result = try ReboundBinary.run(["lint", folder.url.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no scenario files"))
  }

  @Test func plainReboundWithoutATerminalPrintsTheHelp() throws {
    let result = try ReboundBinary.run([], stdin: "")
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE"))
    #expect(result.stdout.contains("play"))
  }
}
