import Foundation

extension TranscriptHeader {
  /// The header of a transcript file, read from its first kilobytes when the header ends
  /// there (the whole file otherwise); nil when the file cannot be read or parsed.
  public static func read(from file: String) -> TranscriptHeader? {
    // Too large a file has no header worth reading; grading it reports why.
    if let size = InputLimits.size(of: file), size > InputLimits.transcriptBytes { return nil }
    guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
    defer { try? handle.close() }
    guard let start = try? handle.read(upToCount: 8192) else { return nil }
    // Only the bytes before the blank line are decoded: a header is all ASCII-delimited lines.
    if let blank = blankLine(in: start), let text = String(data: start[start.startIndex..<blank], encoding: .utf8) {
      return TranscriptParser(file: file).parse(text).transcript?.header
    }
    guard let rest = try? handle.readToEnd() ?? Data(), let text = String(data: start + rest, encoding: .utf8) else {
      return nil
    }
    return parse(headerOf: text, file: file)
  }

  /// The header of a transcript's text (the lines up to the first blank line), whatever is
  /// wrong in the turns after it; nil when the header itself is malformed.
  public static func parse(headerOf text: String, file: String) -> TranscriptHeader? {
    let bytes = Data(text.utf8)
    let header = blankLine(in: bytes).flatMap { String(data: bytes[..<$0], encoding: .utf8) } ?? text
    return TranscriptParser(file: file).parse(header).transcript?.header
  }

  /// Where the first blank line ("\n\n") starts in `bytes`, if anywhere.
  private static func blankLine(in bytes: Data) -> Data.Index? {
    var previous: UInt8 = 0
    for index in bytes.indices {
      let byte = bytes[index]
      if byte == 0x0A && previous == 0x0A { return index - 1 }
      previous = byte
    }
    return nil
  }
}
