import Foundation
import ReboundKit
import Testing

/// A folder of transcripts written by the tests themselves, with scores worked out by hand
/// from the scoring rules (20 a move, 10 person first, 10 extra, −10 an excuse).
struct ProgressFolder: ~Copyable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-progress-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  deinit { try? FileManager.default.removeItem(at: url) }

  var path: String { url.path }

  /// Writes one transcript: the header fields, then a customer line before each reply.
  func write(
    _ name: String, trainee: String = "ana", scenario: String, mode: PlayMode, day: Int, outcome: Outcome,
    replies: [String]
  ) throws {
    var text = "# Rebound transcript\nscenario: \(scenario)\ntrainee: \(trainee)\nmode: \(mode.rawValue)\n"
    text += "started: 2026-11-\(String(format: "%02d", day))T10:00:00Z\noutcome: \(outcome.rawValue)\n\n"
    for (index, reply) in replies.enumerated() {
      text += "customer: Message \(index + 1) from the customer.\ntrainee: \(reply)\n"
    }
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    // Sealed as a session that ended would be: these are saved sessions, not hand-written logs.
    try Data(TranscriptDigest.sealed(text).utf8).write(to: file)
  }

  static let apology = "I'm so sorry."  // apologize: 20
  static let excuseAndQuestion = "The kitchen is short-staffed, that's not our fault. What would you like instead?"  // communicate, excuse: 10
  static let apologyAndAcknowledgement = "I'm so sorry, that must have been a horrible night."  // acknowledge, apologize
  static let excuse = "We do have that problem here, it's not our fault."  // excuse
  /// All four moves, person first and something extra: 100.
  static let good = GraderTests.goodGlasswareReplies

  /// ana's six sessions (and one of ben's, which must be left out):
  ///
  /// | # | day | scenario | mode | replies | score | passed |
  /// |---|---|---|---|---|---|---|
  /// | 1 | 1 | broken-glassware | practice | apology | 20 | no (abandoned) |
  /// | 2 | 2 | broken-glassware | practice | good | 100 | yes |
  /// | 3 | 3 | broken-glassware | exam | good | 100 | yes |
  /// | 4 | 4 | broken-glassware | exam | good | 100 | yes |
  /// | 5 | 5 | wrong-order | practice | excuse + question | 20 − 10 = 10 | no |
  /// | 6 | 6 | lost-pants | exam | apology + acknowledgement, excuse | 40 − 10 = 30 | no |
  func writeAnasSessions() throws {
    try write("a1.txt", scenario: "broken-glassware", mode: .practice, day: 1, outcome: .abandoned, replies: [Self.apology])
    try write("a2.txt", scenario: "broken-glassware", mode: .practice, day: 2, outcome: .resolved, replies: Self.good)
    try write("a3.txt", scenario: "broken-glassware", mode: .exam, day: 3, outcome: .resolved, replies: Self.good)
    try write("sub/a4.txt", scenario: "broken-glassware", mode: .exam, day: 4, outcome: .resolved, replies: Self.good)
    try write("a5.txt", scenario: "wrong-order", mode: .practice, day: 5, outcome: .walkedOut, replies: [Self.excuseAndQuestion])
    try write(
      "a6.txt", scenario: "lost-pants", mode: .exam, day: 6, outcome: .walkedOut,
      replies: [Self.apologyAndAcknowledgement, Self.excuse])
    try write("b1.txt", trainee: "ben", scenario: "double-charge", mode: .exam, day: 3, outcome: .resolved, replies: Self.good)
  }
}
