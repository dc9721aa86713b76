import Foundation
import Testing

@testable import ReboundKit

/// One bad byte used to reject a whole corpus ("e1.jsonl:0: the file is not UTF-8 text"),
/// and transcripts, scenarios and rubrics said the same with no position.
@Suite struct NonUTF8Tests {
  static func bytes(_ parts: [String], bad: [UInt8] = [0xFF, 0xFE]) -> Data {
    var data = Data()
    for (index, part) in parts.enumerated() {
      data += Data(part.utf8)
      if index == 0 { data += Data(bad) }
    }
    return data
  }

  @Test func theFirstBadBytesPositionIsFound() {
    #expect(UTF8Position.firstInvalid(in: Array("fine\ntext — ok\n".utf8)) == nil)
    #expect(UTF8Position.firstInvalid(in: [0x61, 0x0A, 0x62, 0x63, 0xC3]) == UTF8Position(line: 2, column: 3, offset: 4))
    #expect(UTF8Position.firstInvalid(in: [0xED, 0xA0, 0x80]) == UTF8Position(line: 1, column: 1, offset: 0), "a surrogate")
    #expect(UTF8Position.firstInvalid(in: [0xC0, 0xAF]) == UTF8Position(line: 1, column: 1, offset: 0), "an overlong form")
    #expect(UTF8Position.firstInvalid(in: Array("😀".utf8)) == nil)
  }

  @Test func aCorpusWithABadLineMeasuresTheOthers() throws {
    let data = Self.bytes([
      "{\"text\": \"I'm so sorry.\", \"labels\": [\"apologize\"]}\n{\"text\": \"We will refund ",
      "you.\", \"labels\": [\"answer\"]}\n{\"text\": \"Calm down.\", \"labels\": [\"rude\"]}\n",
    ])
    let result = try CorpusReader.parse(data, file: "e1.jsonl")
    #expect(result.replies.map(\.text) == ["I'm so sorry.", "Calm down."])
    #expect(result.replies.map(\.line) == [1, 3])
    #expect(result.problems.map(\.description) == ["e1.jsonl:2: not UTF-8 text at byte 26 of the line; the line was not read"])
  }

  @Test func aTranscriptSaysWhereItsBadByteIs() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utf8-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("t.txt")
    try Self.bytes(["scenario: lost-pants\ntrainee: ana\n\ntrainee: sor", "ry\n"]).write(to: file)
    let batch = try GraderTests.grader().gradeAll(paths: [folder.path])
    #expect(batch.errors.map(\.description) == ["\(file.path):4:13: error: the file is not UTF-8 text (byte 47 of the file)"])
  }

  @Test func aRuleFileSaysWhereItsBadByteIs() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("utf8-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("r.yaml")
    try Self.bytes(["threshold: 1.0\n# a comment ", "\n"]).write(to: file)
    let error = #expect(throws: RubricError.self) { _ = try Rubric(contentsOf: file, displayName: "r.yaml") }
    #expect(error?.description == "r.yaml:2:13: error: the rule file is not UTF-8 text: line 2, byte 13 (byte 27 of the file)")
  }
}
