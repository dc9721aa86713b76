/// Turns a reply and the rubric's findings into hashed feature counts.
///
/// One type, used by training and scoring alike, so the two can never read a reply
/// differently. The words come from the rubric's own scanner (lower-cased, diacritics
/// folded, apostrophes unified), so "Sorry" and "sorry" are one feature.
struct FeatureExtractor: Sendable {
  /// Bump whenever the same reply would give other features (the scanner, the hash, the
  /// n-grams): models record it and a model of another version is refused.
  static let version = 1

  let set: FeatureSet

  init(set: FeatureSet) { self.set = set }

  /// Fills `buffer` (after emptying it) with the features of `text`.
  /// - Complexity: O(*n*) in the length of the reply.
  func extract(_ text: String, signals: RuleSignals, into buffer: inout FeatureBuffer, scanner: inout ReplyScanner) {
    buffer.reset()
    // The sink borrows the buffer's storage for the scan and hands it back, so it stays
    // uniquely referenced and is never copied.
    var sink = Sink(set: set, buffer: FeatureBuffer(dimension: 0))
    swap(&sink.buffer, &buffer)
    scanner.scan(text, into: &sink)
    swap(&sink.buffer, &buffer)
    addWordNgrams(to: &buffer)
    addSignals(signals, to: &buffer)
  }

  private func addWordNgrams(to buffer: inout FeatureBuffer) {
    let tokens = buffer.tokens
    for first in tokens.indices {
      var hash = FeatureHash(kind: UInt8(ascii: "w"))
      for n in 1...set.wordNgrams {
        let last = first + n - 1
        guard last < tokens.count else { break }
        hash.mix(tokens[last].hash)
        // A mark alone says little; an n-gram that starts with one starts the next clause.
        if n == 1 && tokens[first].isMark && !isQuestionMark(tokens[first]) { continue }
        buffer.add(hash.bucket(set.wordBuckets), firstToken: first, lastToken: last, kind: .words)
      }
    }
  }

  private func isQuestionMark(_ token: FeatureToken) -> Bool { token.hash == Mark.question.hash }

  private func addSignals(_ signals: RuleSignals, to buffer: inout FeatureBuffer) {
    guard set.ruleScale > 0 else { return }
    signals.forEachFeatureHash { hash in
      buffer.add(set.ruleOffset + hash.bucket(set.ruleBuckets), firstToken: -1, lastToken: -1, kind: .rules)
    }
  }

  /// Sentence, question and clause marks, read as words so n-grams see where clauses turn.
  enum Mark: CaseIterable {
    case sentence, question, clause

    var hash: UInt64 {
      var hash = FeatureHash(kind: UInt8(ascii: "m"))
      switch self {
      case .sentence: hash.add(UInt8(ascii: "."))
      case .question: hash.add(UInt8(ascii: "?"))
      case .clause: hash.add(UInt8(ascii: ","))
      }
      return hash.value
    }
  }

  private struct Sink: ReplyScanSink {
    let set: FeatureSet
    var buffer: FeatureBuffer
    private static let sentenceHash = Mark.sentence.hash
    private static let questionHash = Mark.question.hash
    private static let clauseHash = Mark.clause.hash

    init(set: FeatureSet, buffer: FeatureBuffer) {
      self.set = set
      self.buffer = buffer
    }

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
      var hash = FeatureHash(kind: UInt8(ascii: "t"))
      hash.add(bytes)
      let token = buffer.tokens.count
      buffer.tokens.append(FeatureToken(hash: hash.value, start: start, end: end, isMark: false))
      addCharacterNgrams(bytes, token: token)
    }

    /// Every byte n-gram of " word " from `charNgramsFrom` to `charNgramsTo` bytes long.
    private mutating func addCharacterNgrams(_ bytes: UnsafeBufferPointer<UInt8>, token: Int) {
      let length = bytes.count + 2
      let space = UInt8(ascii: " ")
      for first in 0..<length {
        var hash = FeatureHash(kind: UInt8(ascii: "c"))
        var packed: UInt64 = 0
        let longest = min(set.charNgramsTo, length - first)
        guard longest >= set.charNgramsFrom else { break }
        for n in 1...longest {
          let position = first + n - 1
          let byte = position == 0 || position == length - 1 ? space : bytes[position - 1]
          hash.add(byte)
          if buffer.recording && n <= 8 { packed |= UInt64(byte) << (8 * UInt64(n - 1)) }
          if n >= set.charNgramsFrom {
            buffer.add(
              set.charOffset + hash.bucket(set.charBuckets), firstToken: token, lastToken: token, kind: .characters,
              bytes: packed)
          }
        }
      }
    }

    mutating func clauseBreak() { mark(Self.clauseHash) }

    mutating func sentenceBreak(question: Bool) { mark(question ? Self.questionHash : Self.sentenceHash) }

    /// Adds a mark after the last word; a run of marks keeps the strongest (a question, then
    /// a sentence end, then a clause break), and marks before the first word are dropped.
    private mutating func mark(_ hash: UInt64) {
      guard let last = buffer.tokens.last else { return }
      let position = last.end
      if last.isMark {
        if rank(hash) > rank(last.hash) { buffer.tokens[buffer.tokens.count - 1].hash = hash }
        return
      }
      buffer.tokens.append(FeatureToken(hash: hash, start: position, end: position, isMark: true))
    }

    private func rank(_ hash: UInt64) -> Int {
      hash == Self.questionHash ? 2 : hash == Self.sentenceHash ? 1 : 0
    }
  }
}
