import Crypto
public import Foundation

/// An Ed25519 signature over a saved session, kept in its header as
/// `signature: ed25519:PUBLIC SIGNATURE` (both base64). It covers the session as it ended:
/// every byte before the first review, less the `sha256:` and `signature:` lines. A manager
/// lists trusted public keys in `rebound.yaml`; only exams signed by one of them certify.
/// What it proves, and what it cannot, is in `docs/trust.md`.
public enum SessionSignature {
  static let prefix = Array("signature: ".utf8)
  static let scheme = "ed25519:"

  /// What a transcript's signature says.
  public enum Check: Sendable, Equatable {
    case unsigned
    /// Signed by this key ("ed25519:BASE64"), and the session is as it was signed.
    case valid(signer: String)
    /// A signature that does not match the session, or cannot be read.
    case invalid
  }

  /// A new key pair: the private key's file text and the public key ("ed25519:BASE64").
  public static func newKeyPair() -> (privateKey: String, publicKey: String) {
    let key = Curve25519.Signing.PrivateKey()
    return (key.rawRepresentation.base64EncodedString() + "\n", publicName(key.publicKey))
  }

  static func publicName(_ key: Curve25519.Signing.PublicKey) -> String {
    scheme + key.rawRepresentation.base64EncodedString()
  }

  /// Reads a private key file written by `rebound keys new`.
  public static func signingKey(contentsOf url: URL) throws(SigningError) -> SigningKey {
    guard let data = FileManager.default.contents(atPath: url.path), let text = String(data: data, encoding: .utf8) else {
      throw SigningError("cannot read the signing key \(url.path)")
    }
    guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
      let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    else { throw SigningError("\(url.path) is not a signing key written by `rebound keys new`") }
    return SigningKey(key: key)
  }

  /// Whether `name` reads as a public key ("ed25519:" and 32 bytes of base64).
  public static func isPublicKey(_ name: String) -> Bool {
    guard name.hasPrefix(scheme), let raw = Data(base64Encoded: String(name.dropFirst(scheme.count))) else { return false }
    return (try? Curve25519.Signing.PublicKey(rawRepresentation: raw)) != nil
  }

  /// `text` (a saved session with neither `sha256:` nor `signature:`) with its signature
  /// added as the header's last field.
  static func signed(_ text: String, with signingKey: SigningKey) -> String {
    let signature = signingKey.signature(for: Array(text.utf8))
    return HeaderLines.appending("signature: \(signingKey.publicKey) \(signature.base64EncodedString())", to: text)
  }

  public static func check(_ fileBytes: [UInt8]) -> Check {
    // Most transcripts are unsigned: tell from the header alone.
    guard HeaderLines.range(of: prefix, in: fileBytes) != nil else { return .unsigned }
    let (session, recorded) = HeaderLines.removing(prefix, from: TranscriptDigest.split(fileBytes).rest)
    guard let recorded else { return .unsigned }
    return verify(recorded, message: beforeReviews(session))
  }

  /// The review with its reviewer's signature: over the session as it ended and the review's
  /// own lines, so it can be neither moved to another session nor changed.
  public static func signed(_ review: TranscriptReview, in fileBytes: [UInt8], with signingKey: SigningKey) -> TranscriptReview {
    var review = review
    review.signature = nil
    let signature = signingKey.signature(for: reviewMessage(review, in: fileBytes))
    review.signature = "\(signingKey.publicKey) \(signature.base64EncodedString())"
    return review
  }

  /// What a review's signature says, against the file it is in.
  public static func check(_ review: TranscriptReview, in fileBytes: [UInt8]) -> Check {
    guard let recorded = review.signature else { return .unsigned }
    var unsigned = review
    unsigned.signature = nil
    return verify(recorded, message: reviewMessage(unsigned, in: fileBytes))
  }

  static func reviewMessage(_ review: TranscriptReview, in fileBytes: [UInt8]) -> [UInt8] {
    let session = beforeReviews(HeaderLines.removing(prefix, from: TranscriptDigest.split(fileBytes).rest).rest)
    return session + Array(TranscriptFormat.reviewText(review).utf8)
  }

  static func verify(_ recorded: String, message: [UInt8]) -> Check {
    let parts = recorded.split(separator: " ")
    guard parts.count == 2, parts[0].hasPrefix(scheme),
      let publicRaw = Data(base64Encoded: String(parts[0].dropFirst(scheme.count))),
      let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: publicRaw),
      let signature = Data(base64Encoded: String(parts[1]))
    else { return .invalid }
    return publicKey.isValidSignature(signature, for: message) ? .valid(signer: String(parts[0])) : .invalid
  }

  /// The session as it ended: everything before the first line that starts a review, less
  /// the blank lines a review is set apart by (a saved session ends with one line break).
  static func beforeReviews(_ bytes: [UInt8]) -> [UInt8] {
    let marker = Array("\nreview:".utf8)
    var index = 0
    while index + marker.count <= bytes.count {
      if bytes[index] == 0x0A && bytes[index + 1] == marker[1] && bytes[index..<(index + marker.count)].elementsEqual(marker) {
        var session = Array(bytes[...index])
        while session.count >= 2 && session[session.count - 1] == 0x0A && session[session.count - 2] == 0x0A { session.removeLast() }
        return session
      }
      index += 1
    }
    return bytes
  }
}

/// A private key that signs sessions (an exam station's or a proctor's).
public struct SigningKey: Sendable {
  /// The key's 32 bytes (the key type itself is not `Sendable`).
  private let raw: Data
  /// Its public key, as `rebound.yaml` lists it: "ed25519:BASE64".
  public let publicKey: String

  init(key: Curve25519.Signing.PrivateKey) {
    raw = key.rawRepresentation
    publicKey = SessionSignature.publicName(key.publicKey)
  }

  func signature(for bytes: [UInt8]) -> Data {
    guard let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) else { return Data() }
    return (try? key.signature(for: bytes)) ?? Data()
  }
}

/// A key that cannot be used, with why.
public struct SigningError: Error, CustomStringConvertible, Sendable {
  public var description: String
  init(_ description: String) { self.description = description }
}
