/// A reply cut into normalised words, each tagged with its sentence and clause and with the
/// symbols (word, prefix and class ids) that patterns can match.
struct TokenStream: Sendable {
  struct Token: Sendable {
    /// Canonical word id in the lexicon, or -1 for a word the rubric never mentions.
    var word: Int32
    var symbolStart: Int32
    var symbolEnd: Int32
    /// Unicode-scalar offsets of the word as typed (a contraction's parts share one span).
    var start: Int32
    var end: Int32
    var clause: Int32
    var sentence: Int32
  }

  struct Clause: Sendable {
    var firstToken: Int
    var endToken: Int
    var sentence: Int
  }

  struct Sentence: Sendable {
    var firstToken: Int
    var endToken: Int
    var isQuestion: Bool
  }

  /// A class symbol that covers a run of tokens: a scenario's multi-word class member.
  struct Span: Sendable, Hashable, Comparable {
    var first: Int32
    var end: Int32
    var symbol: Int32

    static func < (a: Span, b: Span) -> Bool { (a.first, a.end, a.symbol) < (b.first, b.end, b.symbol) }
  }

  var tokens: [Token] = []
  var symbols: [Int32] = []
  /// Sorted by first token; those starting at token `t` are `spanStarts[t]..<spanStarts[t + 1]`.
  /// Both are empty when the reply has no spans.
  private(set) var spans: [Span] = []
  private(set) var spanStarts: [Int32] = []
  var clauses: [Clause] = []
  var sentences: [Sentence] = []

  private var pendingSentenceBreak = true
  private var pendingClauseBreak = true

  mutating func reset() {
    tokens.removeAll(keepingCapacity: true)
    symbols.removeAll(keepingCapacity: true)
    spans.removeAll(keepingCapacity: true)
    spanStarts.removeAll(keepingCapacity: true)
    clauses.removeAll(keepingCapacity: true)
    sentences.removeAll(keepingCapacity: true)
    pendingSentenceBreak = true
    pendingClauseBreak = true
  }

  mutating func breakSentence(question: Bool) {
    if question, !pendingSentenceBreak, !sentences.isEmpty {
      sentences[sentences.count - 1].isQuestion = true
    }
    pendingSentenceBreak = true
  }

  mutating func breakClause() { pendingClauseBreak = true }

  /// Adds spans (duplicates are dropped); returns whether any was new.
  mutating func addSpans(_ new: some Sequence<Span>) -> Bool {
    let before = spans.count
    spans = Array(Set(spans).union(new)).sorted()
    guard spans.count != before else { return false }
    spanStarts = Array(repeating: 0, count: tokens.count + 1)
    var k = 0
    for t in 0...tokens.count {
      while k < spans.count && Int(spans[k].first) < t { k += 1 }
      spanStarts[t] = Int32(k)
    }
    return true
  }

  /// Appends a token; `startsClause` forces a new clause (for words such as "but").
  mutating func append(word: Int32, start: Int, end: Int, startsClause: Bool, symbols newSymbols: some Sequence<Int32>) {
    let index = tokens.count
    if pendingSentenceBreak || sentences.isEmpty {
      sentences.append(Sentence(firstToken: index, endToken: index, isQuestion: false))
      pendingSentenceBreak = false
      pendingClauseBreak = true
    }
    if pendingClauseBreak || clauses.isEmpty || (startsClause && clauses[clauses.count - 1].firstToken < index) {
      clauses.append(Clause(firstToken: index, endToken: index, sentence: sentences.count - 1))
      pendingClauseBreak = false
    }
    let symbolStart = Int32(symbols.count)
    symbols.append(contentsOf: newSymbols)
    tokens.append(
      Token(
        word: word, symbolStart: symbolStart, symbolEnd: Int32(symbols.count),
        start: Int32(start), end: Int32(end),
        clause: Int32(clauses.count - 1), sentence: Int32(sentences.count - 1)))
    clauses[clauses.count - 1].endToken = index + 1
    sentences[sentences.count - 1].endToken = index + 1
  }
}
