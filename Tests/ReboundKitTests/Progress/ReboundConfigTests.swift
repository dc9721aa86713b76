import Foundation
import ReboundKit
import Testing

/// `rebound.yaml`: the certification keys, defaults, and every bad file as `file:line: message`.
@Suite struct ReboundConfigTests {
  @Test func readsTheCertificationKeys() throws {
    let config = try ReboundConfig.parse("certification:\n  exam_passes_needed: 3\n  pass_mark: 90\n", file: "rebound.yaml")
    #expect(config.certification == CertificationRule(examPassesNeeded: 3, passMark: 90))
  }

  @Test(arguments: ["", "# nothing yet\n", "certification:\n  pass_mark: 80\n"])
  func missingKeysKeepTheDefaults(_ text: String) throws {
    #expect(try ReboundConfig.parse(text, file: "rebound.yaml") == .defaults)
  }

  @Test func aMissingFileGivesTheDefaults() throws {
    #expect(try ReboundConfig.load(file: "/nonexistent/rebound.yaml") == .defaults)
  }

  @Test(arguments: [
    ("certification:\n  pass_marks: 80\n", "rebound.yaml:2:3: error: unknown key 'pass_marks' in certification (did you mean 'pass_mark'?)"),
    ("certification:\n  pass_mark: lots\n", "rebound.yaml:2:14: error: certification.pass_mark must be a whole number from 0 to 100"),
    ("certification:\n  exam_passes_needed: 0\n", "rebound.yaml:2:23: error: certification.exam_passes_needed must be from 1 to 100, not 0"),
    ("certificaton: {}\n", "rebound.yaml:1:1: error: unknown key 'certificaton' in rebound.yaml (did you mean 'certification'?)"),
    ("certification: [1, 2\n", "rebound.yaml:2:1: error: not valid YAML: while parsing a flow sequence did not find expected ',' or ']'"),
    ("- 1\n", "rebound.yaml:1:1: error: rebound.yaml must be a mapping of keys to values"),
  ])
  func aBadFileIsReportedWithItsLine(_ text: String, _ message: String) {
    let error = #expect(throws: ReboundConfig.Invalid.self) { try ReboundConfig.parse(text, file: "rebound.yaml") }
    #expect(error?.diagnostics.first?.description == message)
  }
}
