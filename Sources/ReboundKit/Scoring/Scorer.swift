/// Scores one reply against a rubric: which of the seven labels apply, with evidence.
///
/// Build one `Scorer` per rubric and reuse it: all compilation happens in `init`, and
/// `score(_:)` only reads. A scenario's vocabulary is laid over the compiled rubric with
/// `adding(_:)`, which is cheap. It is `Sendable`, so threads can share it.
public struct Scorer: Sendable {
  public private(set) var rubric: Rubric
  public let vocabulary: ScenarioVocabulary?
  /// The rubric alone, which `adding(_:)` starts from.
  private let plain: CompiledRubric
  let compiled: CompiledRubric

  public init(rubric: Rubric, vocabulary: ScenarioVocabulary? = nil) throws(RubricError) {
    try self.init(rubric: rubric, plain: try CompiledRubricStore.compiled(for: rubric), vocabulary: vocabulary)
  }

  /// A scorer over a rubric compiled elsewhere (a test compares one compiled afresh).
  init(rubric: Rubric, compiled: CompiledRubric) throws(RubricError) {
    try self.init(rubric: rubric, plain: compiled, vocabulary: nil)
  }

  private init(rubric: Rubric, plain: CompiledRubric, vocabulary: ScenarioVocabulary?) throws(RubricError) {
    self.rubric = rubric
    self.vocabulary = vocabulary
    self.plain = plain
    guard let vocabulary else {
      compiled = plain
      return
    }
    do {
      compiled = try RubricCompiler.overlay(plain, members: vocabulary.classMembers)
    } catch {
      throw rubric.locate(error)
    }
  }

  /// The same rubric with a scenario's vocabulary instead of this scorer's: the compiled
  /// rubric is shared, so this takes milliseconds where compiling takes a large part of a second.
  public func adding(_ vocabulary: ScenarioVocabulary?) throws(RubricError) -> Scorer {
    try Scorer(rubric: rubric, plain: plain, vocabulary: vocabulary)
  }

  /// The same rubric and vocabulary with another learned layer (or none), sharing the
  /// compiled rubric: no compilation.
  public func with(model: LinearModel?) -> Scorer {
    var copy = self
    copy.rubric = rubric.with(model: model)
    return copy
  }

  /// Reusable buffers, so scoring many replies allocates little.
  public struct Workspace: Sendable {
    var scanner = ReplyScanner()
    var stream = TokenStream()
    var matches: [PhraseTrie.Match] = []
    var symbolScratch: [Int32] = []
    /// The learned layer's buffers, sized on first use.
    var features = FeatureBuffer(dimension: 0)
    var featureScanner = ReplyScanner()

    public init() {}
  }

  /// Scores one reply.
  /// - Complexity: O(*n*) in the length of the reply, times the depth of the phrase trie.
  public func score(_ text: String) -> Verdict {
    var workspace = Workspace()
    return score(text, using: &workspace)
  }

  public func score(_ text: String, using workspace: inout Workspace) -> Verdict {
    let rules = ruleVerdict(text, using: &workspace)
    guard let model = rubric.model else { return rules }
    return decide(rules, with: model, using: &workspace)
  }

  /// What the rubric alone finds, before any learned layer.
  func ruleVerdict(_ text: String, using workspace: inout Workspace) -> Verdict {
    tokenize(text, into: &workspace)
    compiled.questionOpeners.mark(in: &workspace.stream)
    if let members = compiled.memberTrie { markMembers(members, in: &workspace) }
    workspace.matches.removeAll(keepingCapacity: true)
    compiled.trie.matches(in: workspace.stream, into: &workspace.matches)
    var findings = phraseFindings(workspace.matches, in: workspace.stream)
    applyStructures(to: &findings, in: workspace.stream)
    var verdict = verdict(text: text, findings: findings)
    verdict.takenBackApologies = takenBackApologies(in: findings, stream: workspace.stream)
    verdict.totalRefusals = spans(ofCue: compiled.totalRefusalCue, in: findings)
    return verdict
  }

  /// Finds the scenario's multi-word class members; a member can hold another (a remedy
  /// "a new {item}" around the item "wine glass"), so it looks again while it finds more.
  private func markMembers(_ members: PhraseTrie, in workspace: inout Workspace) {
    for _ in 0..<3 {
      workspace.matches.removeAll(keepingCapacity: true)
      members.matches(in: workspace.stream, into: &workspace.matches)
      let found = workspace.matches.map { TokenStream.Span(first: $0.first, end: $0.last + 1, symbol: $0.rule) }
      guard !found.isEmpty, workspace.stream.addSpans(found) else { return }
    }
  }

  func tokenize(_ text: String, into workspace: inout Workspace) {
    // The sink takes the workspace's buffers for the scan and hands them back, so they stay
    // uniquely referenced and keep their capacity instead of being copied each reply.
    var sink = TokenSink(lexicon: compiled.lexicon, stream: TokenStream(), scratch: [])
    swap(&sink.stream, &workspace.stream)
    swap(&sink.scratch, &workspace.symbolScratch)
    sink.stream.reset()
    workspace.scanner.scan(text, into: &sink)
    swap(&sink.stream, &workspace.stream)
    swap(&sink.scratch, &workspace.symbolScratch)
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
