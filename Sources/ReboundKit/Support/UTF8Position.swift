/// Where bytes stop being UTF-8 text: the line (from 1), the byte within that line (from 1)
/// and the byte within the file (from 0), so a message can point at the bad byte.
public struct UTF8Position: Sendable, Equatable, CustomStringConvertible {
  public var line: Int
  public var column: Int
  public var offset: Int

  /// The first byte of `bytes` that does not start or continue a valid UTF-8 sequence, or
  /// nil when they are all UTF-8.
  public static func firstInvalid(in bytes: some Collection<UInt8>) -> UTF8Position? {
    let bytes = Array(bytes)
    var line = 1, lineStart = 0, index = 0
    func continuation(_ at: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      at < bytes.count && range.contains(bytes[at])
    }
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      switch lead {
      case 0x00...0x7F: length = 1
      case 0xC2...0xDF: length = continuation(index + 1) ? 2 : 0
      case 0xE0: length = continuation(index + 1, 0xA0...0xBF) && continuation(index + 2) ? 3 : 0
      case 0xE1...0xEC, 0xEE...0xEF: length = continuation(index + 1) && continuation(index + 2) ? 3 : 0
      case 0xED: length = continuation(index + 1, 0x80...0x9F) && continuation(index + 2) ? 3 : 0
      case 0xF0: length = continuation(index + 1, 0x90...0xBF) && continuation(index + 2) && continuation(index + 3) ? 4 : 0
      case 0xF1...0xF3: length = continuation(index + 1) && continuation(index + 2) && continuation(index + 3) ? 4 : 0
      case 0xF4: length = continuation(index + 1, 0x80...0x8F) && continuation(index + 2) && continuation(index + 3) ? 4 : 0
      default: length = 0
      }
      guard length > 0 else { return UTF8Position(line: line, column: index - lineStart + 1, offset: index) }
      if lead == 0x0A {
        line += 1
        lineStart = index + 1
      }
      index += length
    }
    return nil
  }

  /// "line 3, byte 17 (byte 245 of the file)".
  public var description: String { "line \(line), byte \(column) (byte \(offset) of the file)" }
}

extension SourceDiagnostic {
  /// "FILE:LINE:COL: error: the file is not UTF-8 text (byte N of the file)", at the first
  /// byte of `bytes` that is not UTF-8.
  static func notUTF8(file: String, bytes: some Collection<UInt8>) -> SourceDiagnostic {
    let position = UTF8Position.firstInvalid(in: bytes)
    return SourceDiagnostic(
      file: file, line: position?.line ?? 0, column: position?.column ?? 0,
      message: "the file is not UTF-8 text" + (position.map { " (byte \($0.offset) of the file)" } ?? ""))
  }
}
