import Foundation
import Testing

@testable import ReboundKit

/// The whole-file checksum: any edit of a saved transcript (header, turns or reviews) flags
/// it `tampered`, a file without one is `unverified`, and neither is ever a pass.
@Suite struct WholeFileIntegrityTests {
  /// ana's lost-pants session, re-headed for the current rubric and scenario and sealed: a pass.
  static func honest() throws -> String {
    try GraderTests.current(try GraderTests.example(GraderTests.anaLostPants))
  }

  static func grade(_ text: String) throws -> GradedTranscript {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("t.txt")
    try Data(text.utf8).write(to: file)
    return try GraderTests.graded(try GraderTests.grader().grade(file: file.path))
  }

  @Test func anHonestSessionPasses() throws {
    let text = try Self.honest()
    #expect(TranscriptDigest.check(Array(text.utf8)) == .intact)
    let graded = try Self.grade(text)
    #expect(graded.flags.isEmpty)
    #expect(graded.passed)
  }

  /// Each of the hand edits an adversarial tester made.
  static let edits: [(String, @Sendable (String) -> String)] = [
    ("outcome", { $0.replacingOccurrences(of: "outcome: resolved", with: "outcome: walked-out") }),
    ("mode", { $0.replacingOccurrences(of: "mode: practice", with: "mode: exam") }),
    ("trainee", { $0.replacingOccurrences(of: "trainee: ana", with: "trainee: ann") }),
    ("pass mark", { $0.replacingOccurrences(of: "pass-mark: 80", with: "pass-mark: 10") }),
    ("a reply", { $0.replacingOccurrences(of: "That's awful.", with: "That's awful, honestly.") }),
    ("a review added by hand", { $0 + "\nreview: maria at 2026-11-24T09:00:00Z\nset: apologize yes (was no)\n" }),
    ("a blank line", { $0 + "\n" }),
  ]

  @Test(arguments: edits.indices)
  func anyEditIsTamperingAndNeverAPass(_ index: Int) throws {
    let (what, edit) = Self.edits[index]
    let text = try Self.honest()
    let edited = edit(text)
    try #require(edited != text, "the edit of \(what) changes the file")
    let graded = try Self.grade(edited)
    #expect(graded.flags.contains(.tampered), "\(what)")
    #expect(!graded.passed, "\(what)")
  }

  @Test func withoutTheChecksumTheFileIsUnverifiedAndNeverAPass() throws {
    let text = try Self.honest()
    let stripped = String(decoding: TranscriptDigest.split(Array(text.utf8)).rest, as: UTF8.self)
    let graded = try Self.grade(stripped)
    #expect(graded.flags == [.unverified])
    #expect(graded.reviewed.passed, "the score would pass")
    #expect(!graded.passed)
  }

  @Test func aReviewByReboundKeepsAnIntactFileIntact() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("t.txt")
    try Data(try Self.honest().utf8).write(to: file)
    let graded = try GraderTests.graded(try GraderTests.grader().grade(file: file.path, keepDetails: true))
    let session = ReviewSession(graded: graded, reviewer: "maria")
    try session.append(session.review(settings: [(.blame, true)], comment: "a blaming question after all"))
    let after = try GraderTests.graded(try GraderTests.grader().grade(file: file.path))
    #expect(after.flags.isEmpty)
    #expect(after.reviews.count == 1)
  }

  @Test func aReviewDoesNotLaunderATamperedFile() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("t.txt")
    try Data(try Self.honest().replacingOccurrences(of: "outcome: resolved", with: "outcome: walked-out").utf8).write(to: file)
    let graded = try GraderTests.graded(try GraderTests.grader().grade(file: file.path, keepDetails: true))
    let session = ReviewSession(graded: graded, reviewer: "maria")
    try session.append(session.review(settings: [], comment: "looks fine to me"))
    #expect(try GraderTests.graded(try GraderTests.grader().grade(file: file.path)).flags.contains(.tampered))
  }

  @Test func aFinishedSessionIsSealed() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("integrity-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let header = TranscriptHeader(scenario: "lost-pants", trainee: "ana", mode: .exam, started: "2026-11-23T10:00:00Z")
    let writer = try TranscriptWriter(directory: folder, header: header, at: Date())
    try writer.append([
      TranscriptLine(speaker: .customer, text: "My trousers are gone.", mood: 80),
      TranscriptLine(speaker: .trainee, text: "I'm so sorry."),
    ])
    try writer.finish(outcome: .abandoned, at: Date())
    #expect(TranscriptDigest.check(Array(try Data(contentsOf: writer.url))) == .intact)
  }
}
