#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The three header fields a report is ordered and filtered by (`trainee:`, `scenario:`,
/// `started:`), scanned from a transcript's first bytes as the parser reads them (lines up
/// to the first blank line, `#` comments skipped, values trimmed of spaces and tabs) but
/// without parsing anything else: `grade` reads them for every file before grading any.
struct TranscriptSortKey: Sendable, Equatable {
  var trainee: String?
  var scenario: String?
  var started: String?

  /// How many bytes are looked at; a header longer than this is read by the parser instead.
  static let window = 4096

  /// The key of the file at `path`; nil when it cannot be read or its header does not end
  /// within the window.
  static func scan(file path: String) -> TranscriptSortKey? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: window) { buffer -> TranscriptSortKey? in
      var filled = 0
      while filled < window {
        let count = read(descriptor, buffer.baseAddress! + filled, window - filled)
        if count <= 0 { break }
        filled += count
      }
      return scan(UnsafeBufferPointer(rebasing: buffer[..<filled]), complete: filled < window)
    }
  }

  /// `complete`: the bytes are the whole file, so a header may end at their end.
  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, complete: Bool) -> TranscriptSortKey? {
    var key = TranscriptSortKey()
    var sawField = false
    var lineStart = 0
    while lineStart < bytes.count {
      guard let newline = bytes[lineStart...].firstIndex(of: 0x0A) ?? (complete ? bytes.count : nil) else { return nil }
      var line = UnsafeBufferPointer(rebasing: bytes[lineStart..<newline])
      lineStart = newline + 1
      if line.last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
      let trimmed = blankTrimmed(line)
      if trimmed.isEmpty {
        if sawField { return key }
        continue
      }
      if trimmed.first == 0x23 && line.first == 0x23 { continue }
      guard let colon = line.firstIndex(of: 0x3A) else { continue }
      let name = String(decoding: blankTrimmed(UnsafeBufferPointer(rebasing: line[..<colon])), as: UTF8.self).lowercased()
      let value = String(decoding: blankTrimmed(UnsafeBufferPointer(rebasing: line[(colon + 1)...])), as: UTF8.self)
      sawField = true
      // As the parser reads them, an empty value or "-" is no value.
      let given = value.isEmpty || value == "-" ? nil : value
      switch name {
      case "trainee": key.trainee = given
      case "scenario": key.scenario = given
      case "started": key.started = given
      default: break
      }
    }
    return complete ? key : nil
  }

  private static func blankTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return UnsafeBufferPointer(rebasing: bytes[0..<0]) }
    let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })!
    return UnsafeBufferPointer(rebasing: bytes[first...last])
  }
}
