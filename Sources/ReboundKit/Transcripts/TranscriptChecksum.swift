import Crypto
import Foundation

/// A checksum of a transcript's turns, written into the header when a session ends, so that
/// `grade` and `show` notice a transcript whose turns were edited afterwards. Reviews are
/// appended after the turns and do not change it.
public enum TranscriptChecksum {
  /// The first 16 hex digits of the SHA-256 of the turns, one `speaker\tmood\ttext` line each.
  public static func of(_ lines: [TranscriptLine]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(lines.reduce(0) { $0 + $1.text.utf8.count + 16 })
    for line in lines {
      bytes += line.speaker.rawValue.utf8
      bytes.append(UInt8(ascii: "\t"))
      bytes += (line.mood.map(String.init) ?? "-").utf8
      bytes.append(UInt8(ascii: "\t"))
      bytes += line.text.utf8
      bytes.append(UInt8(ascii: "\n"))
    }
    return Hex.string(SHA256.hash(data: bytes).prefix(8))
  }
}
