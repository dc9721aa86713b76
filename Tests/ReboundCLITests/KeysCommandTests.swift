import Foundation
import ReboundKit
import Testing

/// `rebound keys new`, `play --signing-key` and `progress` with trusted keys, as a team sets
/// up signed exams.
@Suite struct KeysCommandTests {
  @Test func keysNewWritesAPrivateKeyOnlyItsOwnerCanReadAndNeverOverwrites() throws {
    let folder = try TemporaryDirectory()
    let outcome = try ReboundBinary.run(["keys", "new", "station", "--dir", folder.url.path])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let key = folder.url.appendingPathComponent("station.key").path
    let attributes = try FileManager.default.attributesOfItem(atPath: key)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let publicKey = try String(contentsOf: folder.url.appendingPathComponent("station.pub"), encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(SessionSignature.isPublicKey(publicKey))
    #expect(outcome.stdout.contains("public key: \(publicKey)\n"))
    let again = try ReboundBinary.run(["keys", "new", "station", "--dir", folder.url.path])
    #expect(again.status == 1)
    #expect(again.stderr.contains("station.key exists; a key is never overwritten"))
  }

  @Test func onlySignedExamsCertifyOnceKeysAreTrusted() throws {
    let folder = try TemporaryDirectory()
    _ = try ReboundBinary.run(["keys", "new", "station", "--dir", folder.url.path])
    let publicKey = try String(contentsOf: folder.url.appendingPathComponent("station.pub"), encoding: .utf8)
      .trimmingCharacters(in: .whitespacesAndNewlines)
    let replies = try PlayCommandTests.replies("lost-pants", expecting: .resolved)
    let exam = ["--mode", "exam", "--pass-mark", "50"]
    // Two signed exams and two unsigned ones, all resolved.
    for signed in [true, true, false, false] {
      let result = try PlayCommandTests.play(
        "lost-pants", replies, arguments: exam + (signed ? ["--signing-key", folder.url.appendingPathComponent("station.key").path] : []),
        in: folder)
      #expect(result.status == 0, "\(result.stderr)")
    }
    let progress = { (arguments: [String]) throws -> String in
      try ReboundBinary.run(
        ["progress", "--trainee", "ana", "--transcripts", folder.url.path, "--scenarios", PlayCommandTests.scenarios, "--pass-mark", "50"]
          + arguments, in: folder.url
      ).stdout
    }
    let selfReported = try progress([])
    #expect(selfReported.contains("Self-reported: rebound.yaml lists no trusted keys"), "\(selfReported)")
    try folder.write("rebound.yaml", "trusted_keys:\n  - \(publicKey)\n")
    let trusted = try progress(["--format", "json"])
    let object = try #require(try JSONSerialization.jsonObject(with: Data(trusted.utf8)) as? [String: Any])
    let scenario = try #require((object["scenarios"] as? [[String: Any]])?.first { $0["id"] as? String == "lost-pants" })
    #expect(scenario["exam_passes"] as? Int == 2)
    #expect(scenario["unverified_exams"] as? Int == 2)
    #expect((object["certification"] as? [String: Any])?["self_reported"] as? Bool == false)
    let table = try progress([])
    #expect(table.contains("Only exams signed by one of the 1 trusted key in rebound.yaml count; 2 unsigned exams are unverified."), "\(table)")
  }

  @Test func aSigningKeyThatCannotBeReadStopsBeforeTheSession() throws {
    let folder = try TemporaryDirectory()
    let bad = try folder.write("bad.key", "not a key\n")
    let result = try PlayCommandTests.play("lost-pants", ["Hello."], arguments: ["--signing-key", bad], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad.key is not a signing key written by `rebound keys new`"), "\(result.stderr)")
  }
}
