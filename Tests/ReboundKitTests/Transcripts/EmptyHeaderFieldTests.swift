import Foundation
import ReboundKit
import Testing

/// A transcript whose `trainee:` or `scenario:` is empty, blank, a lone CR or "-" was left out
/// of every report with exit 0 ("no transcript matches the filters"). It is an error on its line.
@Suite struct EmptyHeaderFieldTests {
  static let cases: [(header: String, line: Int, key: String)] = [
    ("scenario: lost-pants\ntrainee:\n", 2, "trainee"),
    ("scenario: lost-pants\ntrainee:    \n", 2, "trainee"),
    ("scenario: lost-pants\ntrainee: \r\n", 2, "trainee"),
    ("scenario: -\ntrainee: ana\n", 1, "scenario"),
    ("scenario:\ntrainee: ana\n", 1, "scenario"),
  ]

  @Test(arguments: cases)
  func anEmptyNameIsAnErrorOnItsLine(_ example: (header: String, line: Int, key: String)) {
    let (transcript, problems) = TranscriptParser(file: "t.txt").parse(example.header + "\ntrainee: I'm sorry.\n")
    #expect(transcript == nil)
    #expect(
      problems.map(\.description) == ["t.txt:\(example.line): error: '\(example.key):' has no value; it must name the \(example.key)"])
  }

  @Test func gradeReportsItInsteadOfSkippingIt() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("t.txt")
    try "scenario: lost-pants\ntrainee:\n\ntrainee: I'm sorry.\n".write(to: file, atomically: true, encoding: .utf8)
    let grader = try Grader(rubric: try Rubric.builtIn(), library: ScenarioLibrary(scenarios: [], diagnostics: [], files: []))
    for filter in [GradeFilter(), GradeFilter(trainee: "ana")] {
      let batch = grader.gradeAll(paths: [folder.path], filter: filter)
      #expect(batch.transcripts.isEmpty)
      #expect(batch.errors.map(\.description) == ["\(file.path):2: error: 'trainee:' has no value; it must name the trainee"])
    }
  }
}
