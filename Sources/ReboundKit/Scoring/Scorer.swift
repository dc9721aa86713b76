/// Scores one reply against a rubric: which of the seven labels apply, with evidence.
///
/// Build one `Scorer` per rubric (and scenario vocabulary) and reuse it: all compilation
/// happens in `init`, and `score(_:)` only reads. It is `Sendable`, so threads can share it.
public struct Scorer: Sendable {
  public let rubric: Rubric
  public let vocabulary: ScenarioVocabulary?
  let compiled: CompiledRubric

  public init(rubric: Rubric, vocabulary: ScenarioVocabulary? = nil) throws(RubricError) {
    self.rubric = rubric
    self.vocabulary = vocabulary
    let compiler = RubricCompiler(document: rubric.document, extraClassMembers: vocabulary?.classMembers ?? [:])
    do {
      compiled = try compiler.compile()
    } catch {
      throw rubric.locate(error)
    }
  }

  /// Reusable buffers, so scoring many replies allocates little.
  public struct Workspace: Sendable {
    var scanner = ReplyScanner()
    var stream = TokenStream()
    var matches: [PhraseTrie.Match] = []
    var symbolScratch: [Int32] = []

    public init() {}
  }

  /// Scores one reply.
  /// - Complexity: O(*n*) in the length of the reply, times the depth of the phrase trie.
  public func score(_ text: String) -> Verdict {
    var workspace = Workspace()
    return score(text, using: &workspace)
  }

  public func score(_ text: String, using workspace: inout Workspace) -> Verdict {
    tokenize(text, into: &workspace)
    workspace.matches.removeAll(keepingCapacity: true)
    compiled.trie.matches(in: workspace.stream, into: &workspace.matches)
    var findings = phraseFindings(workspace.matches, in: workspace.stream)
    applyStructures(to: &findings, in: workspace.stream)
    return verdict(text: text, findings: findings)
  }

  func tokenize(_ text: String, into workspace: inout Workspace) {
    var sink = TokenSink(lexicon: compiled.lexicon, stream: workspace.stream, scratch: workspace.symbolScratch)
    sink.stream.reset()
    workspace.scanner.scan(text, into: &sink)
    workspace.stream = sink.stream
    workspace.symbolScratch = sink.scratch
  }

  private struct TokenSink: ReplyScanSink {
    let lexicon: Lexicon
    var stream: TokenStream
    var scratch: [Int32]

    mutating func word(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) {
      lexicon.resolve(bytes, start: start, end: end, into: &stream, scratch: &scratch)
    }
    mutating func clauseBreak() { stream.breakClause() }
    mutating func sentenceBreak(question: Bool) { stream.breakSentence(question: question) }
  }
}

/// A finding while the scorer works: a label or a cue over a run of tokens.
struct WorkingFinding {
  var name: Int32
  var first: Int32
  var last: Int32
  /// The words it covers; a structure's finding may cover several separate runs of words.
  var span: TextSpan
  var moreSpans: [TextSpan]? = nil
  /// The rule that fired, or -1 - index for a structure.
  var source: Int32
  var explanation: String?
  var weight: Double
  var sentence: Int32
  var clause: Int32

  var spans: [TextSpan] { moreSpans ?? [span] }
}
