import Foundation
import Testing

@testable import ReboundKit

/// Signed exams: a session signed by an exam station's key, verified against the keys a team
/// trusts; an edit, a forged checksum or another key never certifies.
@Suite struct SessionSignatureTests {
  static func key() throws -> SigningKey {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("keys-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("station.key")
    try Data(SessionSignature.newKeyPair().privateKey.utf8).write(to: file)
    return try SessionSignature.signingKey(contentsOf: file)
  }

  /// A passing exam of broken-glassware, saved by a writer with `key`; returns the file.
  static func exam(signedWith key: SigningKey?, in folder: URL) throws -> URL {
    let header = TranscriptHeader(
      scenario: "broken-glassware", rubric: try GraderTests.grader().rubric.version, trainee: "ana", mode: .exam,
      passMark: 80, started: "2026-11-23T10:00:00Z")
    let writer = try TranscriptWriter(directory: folder, header: header, at: Date())
    for reply in GraderTests.goodGlasswareReplies {
      try writer.append([TranscriptLine(speaker: .customer, text: "Well?", mood: 50), TranscriptLine(speaker: .trainee, text: reply)])
    }
    try writer.finish(outcome: .resolved, at: Date(), signingKey: key)
    return writer.url
  }

  static func folder() throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("signed-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  static func graded(_ file: URL) throws -> GradedTranscript {
    try GraderTests.graded(try GraderTests.grader().grade(file: file.path))
  }

  @Test func aSignedExamVerifiesAndCertifiesOnlyUnderATrustedKey() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let key = try Self.key()
    let graded = try Self.graded(try Self.exam(signedWith: key, in: folder))
    #expect(graded.signer == key.publicKey)
    #expect(graded.passed)
    var rule = CertificationRule.defaults
    #expect(rule.counts(graded), "with no trusted keys every exam counts (self-reported)")
    rule.trustedKeys = [key.publicKey]
    #expect(rule.counts(graded))
    rule.trustedKeys = [try Self.key().publicKey]
    #expect(!rule.counts(graded), "signed by a key the team does not trust")
    #expect(rule.isUnsignedExam(graded))
  }

  @Test func anUnsignedExamDoesNotCountOnceKeysAreTrusted() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let graded = try Self.graded(try Self.exam(signedWith: nil, in: folder))
    #expect(graded.signer == nil)
    #expect(graded.passed, "a sealed session is still a pass: self-reported")
    var rule = CertificationRule.defaults
    rule.trustedKeys = [try Self.key().publicKey]
    #expect(!rule.counts(graded))
    #expect(rule.isUnsignedExam(graded))
  }

  /// The forger's way: rewrite the outcome, then recompute the checksum. The checksum then
  /// matches, but the signature does not.
  @Test func aForgedChecksumDoesNotForgeTheSignature() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let key = try Self.key()
    let file = try Self.exam(signedWith: key, in: folder)
    let text = try String(contentsOf: file, encoding: .utf8)
    let edited = text.replacingOccurrences(of: "trainee: ana", with: "trainee: ben")
    let resealed = TranscriptDigest.sealed(String(decoding: TranscriptDigest.split(Array(edited.utf8)).rest, as: UTF8.self))
    try Data(resealed.utf8).write(to: file)
    #expect(TranscriptDigest.check(Array(resealed.utf8)) == .intact)
    #expect(SessionSignature.check(Array(resealed.utf8)) == .invalid)
    let graded = try Self.graded(file)
    #expect(graded.flags.contains(.tampered))
    #expect(graded.signer == nil)
    #expect(!graded.passed)
    var rule = CertificationRule.defaults
    rule.trustedKeys = [key.publicKey]
    #expect(!rule.counts(graded))
  }

  @Test func aReviewKeepsTheSessionsSignature() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let key = try Self.key()
    let file = try Self.exam(signedWith: key, in: folder)
    let graded = try GraderTests.graded(try GraderTests.grader().grade(file: file.path, keepDetails: true))
    let session = ReviewSession(graded: graded, reviewer: "maria")
    try session.append(session.review(settings: [], comment: "watched it live"))
    let after = try Self.graded(file)
    #expect(after.signer == key.publicKey)
    #expect(after.flags.isEmpty)
    #expect(after.reviews.count == 1)
  }

  @Test func aSignedReviewVerifiesAndAnEditOfItIsTampering() throws {
    let folder = try Self.folder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = try Self.exam(signedWith: try Self.key(), in: folder)
    let reviewer = try Self.key()
    let graded = try GraderTests.graded(try GraderTests.grader().grade(file: file.path, keepDetails: true))
    let session = ReviewSession(graded: graded, reviewer: "maria")
    try session.append(session.review(settings: [(.blame, true)], comment: "a blaming question"), signingKey: reviewer)
    let bytes = Array(try Data(contentsOf: file))
    let parsed = try #require(TranscriptParser(file: "t.txt").parse(String(decoding: bytes, as: UTF8.self)).transcript)
    let review = try #require(parsed.reviews.first)
    #expect(SessionSignature.check(review, in: bytes) == .valid(signer: reviewer.publicKey))
    #expect(try Self.graded(file).flags.isEmpty)
    // The reviewer's words changed and the checksum recomputed: the review's signature breaks.
    let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "a blaming question", with: "no blame at all")
    let resealed = TranscriptDigest.sealed(String(decoding: TranscriptDigest.split(Array(text.utf8)).rest, as: UTF8.self))
    try Data(resealed.utf8).write(to: file)
    #expect(try Self.graded(file).flags.contains(.tampered))
  }

  @Test func trustedKeysAreReadFromReboundYAMLAndCheckedForShape() throws {
    let key = try Self.key().publicKey
    let config = try ReboundConfig.parse("trusted_keys:\n  - \(key)\n", file: "rebound.yaml")
    #expect(config.certification.trustedKeys == [key])
    #expect(throws: ReboundConfig.Invalid.self) { try ReboundConfig.parse("trusted_keys: [not-a-key]\n", file: "rebound.yaml") }
    do {
      _ = try ReboundConfig.parse("trusted_keys: [not-a-key]\n", file: "rebound.yaml")
    } catch {
      #expect(error.description.contains("rebound.yaml:1:"), "\(error.description)")
      #expect(error.description.contains("'not-a-key' is not a public key"))
    }
  }
}
