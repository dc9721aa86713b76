/// Splits contractions the rubric does not list: "shouldn't" → should + not, "we'll" → we +
/// will, "hotel's" → hotel. Listed ones ("can't", "im", "dont") come from the rubric first.
enum WordNormalizer {
  static let apostrophe = UInt8(ascii: "'")

  /// Pronouns whose "'s" is "is" ("it's", "that's"); after any other word it is a possessive.
  private static let isPronouns: Set<String> = [
    "it", "that", "there", "here", "what", "who", "he", "she", "where", "how", "everything",
    "nothing", "something", "this", "one", "nobody", "everyone", "everybody", "someone", "somebody",
    "anyone", "anybody", "noone", "life", "which", "why", "when",
  ]

  /// The stem's bytes and the word the suffix stands for (nil when it adds none).
  static func splitContraction(_ bytes: UnsafeBufferPointer<UInt8>) -> (stem: Range<Int>, suffix: String?)? {
    guard let cut = bytes.lastIndex(of: apostrophe), cut > 0 else { return nil }
    let n = bytes.count
    if cut == n - 2, bytes[n - 1] == UInt8(ascii: "t"), bytes[cut - 1] == UInt8(ascii: "n"), cut > 1 {
      return (0..<(cut - 1), "not")
    }
    let suffix = String(decoding: UnsafeBufferPointer(rebasing: bytes[(cut + 1)...]), as: UTF8.self)
    switch suffix {
    case "ll": return (0..<cut, "will")
    case "re": return (0..<cut, "are")
    case "ve": return (0..<cut, "have")
    case "d": return (0..<cut, "would")
    case "m": return (0..<cut, "am")
    case "s":
      let stem = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<cut]), as: UTF8.self)
      return (0..<cut, isPronouns.contains(stem) ? "is" : nil)
    default: return nil
    }
  }

  /// Normalised words of a phrase or class entry as the scanner would read them, with
  /// contractions expanded by `expand`.
  static func words(of text: String, expand: (String) -> [String]?) -> [String] {
    var sink = WordCollector()
    var scanner = ReplyScanner()
    scanner.scan(text, into: &sink)
    var result: [String] = []
    for word in sink.words {
      if let expansion = expand(word) {
        result += expansion
        continue
      }
      let bytes = Array(word.utf8)
      let split = bytes.withUnsafeBufferPointer { splitContraction($0) }
      if let split {
        let stem = String(decoding: bytes[split.stem], as: UTF8.self)
        result += expand(stem) ?? [stem]
        if let suffix = split.suffix { result.append(suffix) }
      } else {
        result.append(word.replacingApostrophes())
      }
    }
    return result
  }

  private struct WordCollector: ReplyScanSink {
    var words: [String] = []
    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
      words.append(String(decoding: bytes, as: UTF8.self))
    }
    mutating func clauseBreak() {}
    mutating func sentenceBreak(question: Bool) {}
  }
}

extension String {
  fileprivate func replacingApostrophes() -> String { filter { $0 != "'" } }
}
