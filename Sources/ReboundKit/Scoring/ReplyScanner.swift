/// Receives what `ReplyScanner` finds, in reading order.
protocol ReplyScanSink {
  /// A word, lower-cased and folded, with apostrophes kept as `'`; offsets are Unicode scalars.
  mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int)
  mutating func clauseBreak()
  mutating func sentenceBreak(question: Bool)
}

/// Cuts text into normalised words and sentence/clause breaks in one pass over its UTF-8 bytes.
///
/// Curly and straight apostrophes read the same, letters are lower-cased and Latin diacritics
/// folded ("Café" and "cafe" are one word), dashes and commas end a clause, and full stops,
/// exclamation marks and line breaks end a sentence.
struct ReplyScanner {
  private var word: [UInt8] = []

  init() { word.reserveCapacity(64) }

  mutating func scan(_ text: String, into sink: inout some ReplyScanSink) {
    var text = text
    text.withUTF8 { bytes in scan(bytes, into: &sink) }
  }

  private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout some ReplyScanSink) {
    word.removeAll(keepingCapacity: true)
    var wordStart = 0
    var wordEnd = 0
    var scalarIndex = 0
    var i = 0
    var previous: CharacterClass = .separator
    let count = bytes.count
    let asciiClasses = CharacterClass.asciiClasses

    while i < count {
      let lead = bytes[i]
      let scalar: Unicode.Scalar
      let length: Int
      if lead < 0x80 {
        scalar = Unicode.Scalar(lead)
        length = 1
      } else {
        (scalar, length) = Self.decode(bytes, at: i)
      }
      let kind = lead < 0x80 ? asciiClasses[Int(lead)] : CharacterClass.of(scalar)
      switch kind {
      case .letter, .digit:
        if word.isEmpty { wordStart = scalarIndex }
        if lead < 0x80 {
          word.append(lead >= 0x41 && lead <= 0x5A ? lead + 32 : lead)
        } else if let folded = CharacterClass.foldedLatin(scalar) {
          word.append(contentsOf: folded.utf8)
        } else {
          word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
        }
        wordEnd = scalarIndex + 1
      case .combiningMark:
        // A mark on a letter belongs to the word; one on a trailing apostrophe goes with it.
        if let last = word.last, last != UInt8(ascii: "'") { wordEnd = scalarIndex + 1 }
      case .apostrophe:
        if !word.isEmpty { word.append(UInt8(ascii: "'")) }
      case .hyphen:
        flushWord(start: wordStart, end: wordEnd, into: &sink)
        if previous != .letter && previous != .digit { sink.clauseBreak() }
      case .clauseBreak:
        let next = i + 1 < count ? bytes[i + 1] : 0
        if lead == UInt8(ascii: ":"), previous == .digit, next >= 0x30 && next <= 0x39 {
          // A time such as 08:12 stays one word.
          word.append(lead)
        } else {
          flushWord(start: wordStart, end: wordEnd, into: &sink)
          sink.clauseBreak()
        }
      case .sentenceBreak:
        let next = i + 1 < count ? bytes[i + 1] : 0
        // "3.5" and "t.co" stay one word; "sorry.I'll" (a missing space) is two sentences.
        if lead == UInt8(ascii: "."), !word.isEmpty, (previous == .letter || previous == .digit), Self.isLowercaseOrDigit(next) {
          word.append(UInt8(ascii: "."))
        } else {
          flushWord(start: wordStart, end: wordEnd, into: &sink)
          sink.sentenceBreak(question: false)
        }
      case .questionMark:
        flushWord(start: wordStart, end: wordEnd, into: &sink)
        sink.sentenceBreak(question: true)
      case .separator:
        flushWord(start: wordStart, end: wordEnd, into: &sink)
        if Self.isEmoji(scalar.value) {
          // An emoji reads as a word, "emoji1f644" for 🙄, so a rule can name it.
          let name = Array("emoji\(String(scalar.value, radix: 16))".utf8)
          name.withUnsafeBufferPointer { sink.word($0, start: scalarIndex, end: scalarIndex + 1) }
        }
      }
      if kind != .combiningMark { previous = kind }
      scalarIndex += 1
      i += length
    }
    flushWord(start: wordStart, end: wordEnd, into: &sink)
  }

  /// Hands the word collected so far to the sink, less trailing apostrophes and full stops.
  private mutating func flushWord(start: Int, end: Int, into sink: inout some ReplyScanSink) {
    while let last = word.last, last == UInt8(ascii: "'") || last == UInt8(ascii: ".") { word.removeLast() }
    if !word.isEmpty {
      word.withUnsafeBufferPointer { sink.word($0, start: start, end: end) }
    }
    word.removeAll(keepingCapacity: true)
  }

  private static func isEmoji(_ value: UInt32) -> Bool {
    (0x1F300...0x1FAFF).contains(value) || (0x2600...0x27BF).contains(value)
  }

  private static func isLowercaseOrDigit(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
  }

  /// Decodes the scalar that starts at `i` in valid UTF-8 (as every Swift string is).
  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
    let lead = UInt32(bytes[i])
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    guard i + length <= bytes.count else { return ("\u{FFFD}", 1) }
    var value = lead & (0xFF >> (length + 1))
    for k in 1..<length { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }
}
