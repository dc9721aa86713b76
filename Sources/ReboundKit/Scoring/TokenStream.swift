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

  var tokens: [Token] = []
  var symbols: [Int32] = []
  var clauses: [Clause] = []
  var sentences: [Sentence] = []

  private var pendingSentenceBreak = true
  private var pendingClauseBreak = true

  mutating func reset() {
    tokens.removeAll(keepingCapacity: true)
    symbols.removeAll(keepingCapacity: true)
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
