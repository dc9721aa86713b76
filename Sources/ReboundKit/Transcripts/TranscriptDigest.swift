import Crypto

/// The SHA-256 of a whole transcript file, kept in its header as `sha256:`: it covers every
/// byte but its own line (header, turns and reviews), so editing any of them, or removing a
/// review, shows. Rebound writes it when a session ends and rewrites it when `review` adds a
/// review to an intact file. It has no key: it catches an edit, not a forger who recomputes
/// it (see `docs/trust.md`).
public enum TranscriptDigest {
  static let prefix = Array("sha256: ".utf8)

  /// What the file's bytes say about themselves.
  public enum Check: Sendable, Equatable {
    /// The recorded digest matches.
    case intact
    /// A digest is recorded and does not match: the file was changed after Rebound saved it.
    case changed
    /// No digest is recorded (hand-written, an older Rebound, or a session that never ended).
    case absent
  }

  /// The lowercase hex SHA-256 of `bytes`.
  static func of(_ bytes: some Collection<UInt8>) -> String {
    Hex.string(SHA256.hash(data: Array(bytes)))
  }

  /// The bytes without the header's `sha256:` line, and the digest that line records.
  public static func split(_ bytes: [UInt8]) -> (rest: [UInt8], recorded: String?) {
    var lineStart = 0
    while lineStart < bytes.count {
      let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      // The header ends at the first empty line; a digest after it is not the header's.
      if end == lineStart { break }
      if bytes[lineStart..<end].starts(with: prefix) {
        let recorded = String(decoding: bytes[(lineStart + prefix.count)..<end], as: UTF8.self)
        let next = min(end + 1, bytes.count)
        return (Array(bytes[..<lineStart] + bytes[next...]), recorded)
      }
      lineStart = end + 1
    }
    return (bytes, nil)
  }

  public static func check(_ bytes: [UInt8]) -> Check {
    // Graded for every file: the two sides of the line are hashed where they lie.
    guard let line = headerLine(startingWith: prefix, in: bytes) else { return .absent }
    let end = bytes[line.upperBound - 1] == 0x0A ? line.upperBound - 1 : line.upperBound
    let recorded = String(decoding: bytes[(line.lowerBound + prefix.count)..<end], as: UTF8.self)
    var hasher = SHA256()
    bytes.withUnsafeBytes { raw in
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[..<line.lowerBound]))
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[line.upperBound...]))
    }
    return recorded == Hex.string(hasher.finalize()) ? .intact : .changed
  }

  /// Where the header line that starts with `prefix` lies, its line break included.
  static func headerLine(startingWith prefix: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
    var lineStart = 0
    while lineStart < bytes.count {
      let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      if end == lineStart { return nil }
      if bytes[lineStart..<end].starts(with: prefix) { return lineStart..<min(end + 1, bytes.count) }
      lineStart = end + 1
    }
    return nil
  }

  /// `text` (a saved transcript without a digest) with its digest added as the header's last
  /// field: removing that line gives back exactly `text`.
  public static func sealed(_ text: String) -> String {
    let bytes = Array(text.utf8)
    let line = Array("sha256: \(of(bytes))\n".utf8)
    // The header's last line ends where the first blank line begins.
    var insertAt = bytes.count
    for index in bytes.indices.dropLast() where bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
      insertAt = index + 1
      break
    }
    return String(decoding: bytes[..<insertAt] + line + bytes[insertAt...], as: UTF8.self)
  }
}
