import Crypto
import Foundation

/// A checksum of a transcript's turns, written into the header when a session ends, so that
/// `grade` and `show` notice a transcript whose turns were edited afterwards. Reviews are
/// appended after the turns and do not change it.
public enum TranscriptChecksum {
  /// The first 16 hex digits of the SHA-256 of the turns, one `speaker\tmood\ttext` line each.
  public static func of(_ lines: [TranscriptLine]) -> String {
    var hasher = SHA256()
    for line in lines {
      hasher.update(data: Data("\(line.speaker.rawValue)\t\(line.mood.map(String.init) ?? "-")\t\(line.text)\n".utf8))
    }
    return hasher.finalize().prefix(8).map { String(format: "%02x", $0) }.joined()
  }
}
