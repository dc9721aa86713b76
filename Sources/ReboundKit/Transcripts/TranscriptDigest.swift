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
    let (rest, value) = HeaderLines.removing(prefix, from: bytes)
    return (rest, value)
  }

  public static func check(_ bytes: [UInt8]) -> Check {
    // Graded for every file: the two sides of the line are hashed where they lie.
    guard let line = HeaderLines.range(of: prefix, in: bytes) else { return .absent }
    let recorded = HeaderLines.value(in: bytes, at: line, after: prefix)
    var hasher = SHA256()
    bytes.withUnsafeBytes { raw in
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[..<line.lowerBound]))
      hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: raw[line.upperBound...]))
    }
    return recorded == Hex.string(hasher.finalize()) ? .intact : .changed
  }

  /// `text` (a saved transcript without a digest) with its digest added as the header's last
  /// field: removing that line gives back exactly `text`.
  public static func sealed(_ text: String) -> String {
    HeaderLines.appending("sha256: \(of(Array(text.utf8)))", to: text)
  }
}
