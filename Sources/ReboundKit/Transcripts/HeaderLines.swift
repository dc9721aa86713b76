/// The header lines of a transcript's bytes that Rebound adds after the fact (`sha256:`,
/// `signature:`): found, removed and added in one place, so what is signed or hashed is
/// always the file less exactly those lines.
enum HeaderLines {
  /// Where the header line that starts with `prefix` lies, its line break included; the
  /// header ends at the first empty line.
  static func range(of prefix: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
    var lineStart = 0
    while lineStart < bytes.count {
      let end = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
      if end == lineStart { return nil }
      if bytes[lineStart..<end].starts(with: prefix) { return lineStart..<min(end + 1, bytes.count) }
      lineStart = end + 1
    }
    return nil
  }

  /// What the line after `prefix` says (without its line break).
  static func value(in bytes: [UInt8], at line: Range<Int>, after prefix: [UInt8]) -> String {
    let end = bytes[line.upperBound - 1] == 0x0A ? line.upperBound - 1 : line.upperBound
    return String(decoding: bytes[(line.lowerBound + prefix.count)..<end], as: UTF8.self)
  }

  /// The bytes without the header line that starts with `prefix`, and what it said.
  static func removing(_ prefix: [UInt8], from bytes: [UInt8]) -> (rest: [UInt8], value: String?) {
    guard let line = range(of: prefix, in: bytes) else { return (bytes, nil) }
    return (Array(bytes[..<line.lowerBound] + bytes[line.upperBound...]), value(in: bytes, at: line, after: prefix))
  }

  /// `text` with `line` added as the header's last line (before the first blank line).
  static func appending(_ line: String, to text: String) -> String {
    let bytes = Array(text.utf8)
    var insertAt = bytes.count
    for index in bytes.indices.dropLast() where bytes[index] == 0x0A && bytes[index + 1] == 0x0A {
      insertAt = index + 1
      break
    }
    return String(decoding: bytes[..<insertAt] + Array((line + "\n").utf8) + bytes[insertAt...], as: UTF8.self)
  }
}
