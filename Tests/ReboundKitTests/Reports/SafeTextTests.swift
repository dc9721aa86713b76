import Foundation
import Testing

@testable import ReboundKit

/// Escape sequences and bidirectional controls written into a transcript by hand (a trainee
/// name, a scenario id, a review comment, a reply) reach no report: one sanitiser, every format.
@Suite struct SafeTextTests {
  static let hostile = "a\u{1B}]0;owned\u{07}b\u{1B}[31m\u{202E}txt.exe\u{9B}c"

  static func graded() throws -> GradedTranscript {
    let text = """
      scenario: lost-pants\(hostile)
      trainee: ana\(hostile)
      mode: practice
      started: 2026-11-23T10:00:00Z

      customer [mood 80]: My trousers are gone.
      trainee: I'm so sorry\(hostile), we will pay for them today.

      review: maria\(hostile) at 2026-11-24T09:00:00Z
      set: apologize yes (was no)
      comment: fine\(hostile)

      """
    return try GraderTests.grade(text, file: "t\(hostile).txt", keepDetails: true)
  }

  /// No C0 control but line breaks and tabs, no DEL, no C1, no bidirectional control.
  static func isSafe(_ output: String, allowing allowed: Set<Unicode.Scalar> = ["\n", "\t"]) -> Bool {
    !output.unicodeScalars.contains { SafeText.isUnsafe($0) && !allowed.contains($0) }
  }

  @Test func theVisibleFormKeepsTheTextReadable() {
    #expect(SafeText.visible(Self.hostile) == "a␛]0;owned␇b␛[31m\u{FFFD}txt.exe\u{FFFD}c")
    #expect(SafeText.visible("plain text, “quoted” — fine") == "plain text, “quoted” — fine")
    #expect(SafeText.visible("two\nlines", keepingLineBreaks: true) == "two\nlines")
    #expect(SafeText.visible("two\nlines") == "two␤lines")
  }

  @Test func everyReportFormatIsSafe() throws {
    let row = try Self.graded()
    let batch = GradeBatch(transcripts: [row], errors: [], filesRead: 1)
    let rubric = try Rubric.builtIn()
    let outputs = [
      ("table", GradeTable(batch: batch, style: .plain).text, Set<Unicode.Scalar>(["\n", "\t"])),
      ("markdown", GradeMarkdown.render(batch), ["\n"]),
      ("csv", GradeCSV.render(batch), ["\n", "\r"]),
      ("json", GradeJSON.render(batch, rubric: rubric), ["\n"]),
      ("html", GradeHTML.render(batch, rubric: rubric), ["\n"]),
    ]
    for (format, output, allowed) in outputs {
      #expect(Self.isSafe(output, allowing: allowed), "\(format) holds a control character")
      #expect(output.contains("ana"), "\(format) still names the trainee")
    }
  }

  @Test func jsonKeepsTheValueAsEscapes() throws {
    let json = GradeJSON.render(GradeBatch(transcripts: [try Self.graded()], errors: [], filesRead: 1), rubric: try Rubric.builtIn())
    #expect(json.contains("ana" + "a\\u001b]0;owned\\u0007b\\u001b[31m\\u202etxt.exe\\u009bc"), "\(json.prefix(400))")
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let first = (object?["transcripts"] as? [[String: Any]])?.first
    #expect(first?["trainee"] as? String == "ana" + Self.hostile, "a JSON reader gets the value back exactly")
  }

  @Test func aRefusedTraineeNameIsShownSafely() {
    var message = "accepted"
    do { _ = try TraineeName.validated("x" + Self.hostile) } catch { message = error.description }
    #expect(message.hasPrefix("trainee name 'xa␛]0;owned␇b"))
    #expect(Self.isSafe(message, allowing: []))
  }
}
