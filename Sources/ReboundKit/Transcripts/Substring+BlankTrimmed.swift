extension Substring {
  /// Without leading and trailing spaces and tabs (a fast, ASCII-only trim).
  var blankTrimmed: String {
    let bytes = utf8
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
    var end = bytes.endIndex
    while end > first, let previous = Optional(bytes.index(before: end)), bytes[previous] == 0x20 || bytes[previous] == 0x09 {
      end = previous
    }
    return String(self[first..<end])
  }
}
