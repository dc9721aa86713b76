/// The rubric's vocabulary, compiled: every word a phrase or class names gets an id, every
/// typed form (including contractions) maps to its words, and each word carries the symbols
/// (word, prefix and class ids) that patterns match on.
struct Lexicon: Sendable {
  /// A run of ids in one of the flat arrays below.
  struct Run: Sendable {
    var start: Int32
    var count: Int32
  }

  /// Typed form → canonical word ids ("im" → [i, am]), as a run of `surfaceWords`.
  var surface = ByteKeyTable<Run>(expectedCount: 1024)
  var surfaceWords: [Int32] = []
  /// Canonical word → id.
  var wordIDs = ByteKeyTable<Int32>(expectedCount: 1024)
  var wordText: [String] = []
  /// Per word id: the symbols a token of that word matches, as a run of `wordSymbolFlat`.
  var wordSymbolRuns: [Run] = []
  var wordSymbolFlat: [Int32] = []

  mutating func setSurface(_ typed: String, _ ids: [Int32]) {
    surface.set(typed, Run(start: Int32(surfaceWords.count), count: Int32(ids.count)))
    surfaceWords += ids
  }

  mutating func setWordSymbols(_ symbols: [[Int32]]) {
    wordSymbolRuns = []
    wordSymbolFlat = []
    for list in symbols {
      wordSymbolRuns.append(Run(start: Int32(wordSymbolFlat.count), count: Int32(list.count)))
      wordSymbolFlat += list
    }
  }
  /// Prefix (from `refund*`) → its symbol and those of the classes holding it.
  var prefixes = ByteKeyTable<[Int32]>(expectedCount: 128)
  var prefixLengths: [Int] = []
  /// One-deletion variants of the words that tolerate a typo → their ids.
  var fuzzyDeletions = ByteKeyTable<[Int32]>(expectedCount: 4096)
  var fuzzyExcluded = ByteKeyTable<Bool>(expectedCount: 256)
  var fuzzyMinLength = 6
  /// Symbol every token that starts with a digit carries.
  var numberSymbol: Int32 = -1
  /// Per word id: whether the word starts a new clause ("but").
  var startsClause: [Bool] = []

  /// Appends the token(s) for one typed word to `stream`.
  func resolve(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into stream: inout TokenStream, scratch: inout [Int32]) {
    if let run = surface.value(for: bytes) {
      appendKnown(run, start: start, end: end, into: &stream)
      return
    }
    if let split = WordNormalizer.splitContraction(bytes) {
      let stem = UnsafeBufferPointer(rebasing: bytes[split.stem])
      if let run = surface.value(for: stem) {
        appendKnown(run, start: start, end: end, into: &stream)
      } else {
        appendUnknown(stem, start: start, end: end, into: &stream, scratch: &scratch)
      }
      if let suffix = split.suffix, let id = wordIDs.value(for: suffix) {
        appendKnown(id, start: start, end: end, into: &stream)
      }
      return
    }
    appendUnknown(bytes, start: start, end: end, into: &stream, scratch: &scratch)
  }

  private func appendKnown(_ run: Run, start: Int, end: Int, into stream: inout TokenStream) {
    for k in Int(run.start)..<Int(run.start + run.count) {
      appendKnown(surfaceWords[k], start: start, end: end, into: &stream)
    }
  }

  private func appendKnown(_ id: Int32, start: Int, end: Int, into stream: inout TokenStream) {
    let i = Int(id)
    let symbols = wordSymbolRuns[i]
    wordSymbolFlat.withUnsafeBufferPointer { flat in
      stream.append(
        word: id, start: start, end: end, startsClause: startsClause[i],
        symbols: UnsafeBufferPointer(rebasing: flat[Int(symbols.start)..<Int(symbols.start + symbols.count)]))
    }
  }

  private func appendUnknown(
    _ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, into stream: inout TokenStream, scratch: inout [Int32]
  ) {
    guard !bytes.isEmpty else { return }
    scratch.removeAll(keepingCapacity: true)
    if bytes[0] >= 0x30 && bytes[0] <= 0x39 { scratch.append(numberSymbol) }
    if let shortest = prefixLengths.first, shortest <= bytes.count {
      // One pass of polynomial prefix hashes serves every prefix length.
      let multiplier = ByteKeyTable<Int>.multiplier
      var hash: UInt64 = 0
      var next = 0
      for length in 1...min(bytes.count, prefixLengths[prefixLengths.count - 1]) {
        hash = hash &* multiplier &+ UInt64(bytes[length - 1]) &+ 1
        guard next < prefixLengths.count else { break }
        if prefixLengths[next] == length {
          next += 1
          let prefix = UnsafeBufferPointer(rebasing: bytes[..<length])
          if let symbols = prefixes.value(for: prefix, skipping: -1, rawHash: hash) {
            scratch.append(contentsOf: symbols)
          }
        }
      }
    }
    if scratch.isEmpty, let id = fuzzyMatch(bytes) {
      appendKnown(id, start: start, end: end, into: &stream)
      return
    }
    stream.append(word: -1, start: start, end: end, startsClause: false, symbols: scratch)
  }

  /// The rubric word one edit (a transposition counts as one) away from a typed word of
  /// `fuzzyMinLength - 1` letters or more, unless the typed word is itself a real word listed
  /// in the rubric's `fuzzy.exclude`.
  func fuzzyMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
    let n = bytes.count
    guard n >= fuzzyMinLength - 1, n <= 40, fuzzyExcluded.value(for: bytes) == nil else { return nil }
    // Words with digits ("emoji1f64f", "b2b") are codes, not typos.
    if bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return nil }
    var best: Int32?
    func consider(_ id: Int32) {
      if let current = best, current <= id { return }
      let target = wordText[Int(id)]
      if target.utf8.count >= fuzzyMinLength, EditDistance.isWithinOne(bytes, Array(target.utf8)) { best = id }
    }
    fuzzyDeletions.value(for: bytes)?.forEach(consider)
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { hashes in
      DeletionHasher.hashes(bytes, into: hashes)
      for skipped in 0..<n {
        // The table holds each target word and its one-letter deletions, so one lookup covers
        // an extra letter typed, a wrong letter and two letters swapped.
        fuzzyDeletions.value(for: bytes, skipping: skipped, rawHash: hashes[skipped])?.forEach(consider)
      }
    }
    return best
  }
}

/// Optimal string alignment distance, bounded at one.
enum EditDistance {
  static func isWithinOne(_ a: UnsafeBufferPointer<UInt8>, _ b: [UInt8]) -> Bool {
    let n = a.count, m = b.count
    guard abs(n - m) <= 1 else { return false }
    var i = 0
    while i < n, i < m, a[i] == b[i] { i += 1 }
    if i == n && i == m { return true }
    if n == m {
      // One substitution, or one transposition of neighbours.
      if i + 1 < n, a[i] == b[i + 1], a[i + 1] == b[i], tailEqual(a, i + 2, b, i + 2) { return true }
      return tailEqual(a, i + 1, b, i + 1)
    }
    return n > m ? tailEqual(a, i + 1, b, i) : tailEqual(a, i, b, i + 1)
  }

  private static func tailEqual(_ a: UnsafeBufferPointer<UInt8>, _ i: Int, _ b: [UInt8], _ j: Int) -> Bool {
    guard a.count - i == b.count - j else { return false }
    var x = i, y = j
    while x < a.count {
      if a[x] != b[y] { return false }
      x += 1
      y += 1
    }
    return true
  }
}
