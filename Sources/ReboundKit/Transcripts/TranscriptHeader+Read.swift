import Foundation

extension TranscriptHeader {
  /// The header of a transcript file, read from its first kilobytes when the header ends
  /// there (the whole file otherwise); nil when the file cannot be read or parsed.
  public static func read(from file: String) -> TranscriptHeader? {
    guard let handle = FileHandle(forReadingAtPath: file) else { return nil }
    defer { try? handle.close() }
    guard let start = try? handle.read(upToCount: 8192) else { return nil }
    if let text = String(data: start, encoding: .utf8), text.contains("\n\n") {
      return parse(headerOf: text, file: file)
    }
    guard let rest = try? handle.readToEnd() ?? Data(), let text = String(data: start + rest, encoding: .utf8) else {
      return nil
    }
    return parse(headerOf: text, file: file)
  }

  /// The header of a transcript's text (the lines up to the first blank line), whatever is
  /// wrong in the turns after it; nil when the header itself is malformed.
  public static func parse(headerOf text: String, file: String) -> TranscriptHeader? {
    let header = text.range(of: "\n\n").map { String(text[..<$0.lowerBound]) } ?? text
    return TranscriptParser(file: file).parse(header).transcript?.header
  }
}
