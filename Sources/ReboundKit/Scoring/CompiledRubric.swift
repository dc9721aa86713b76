/// A rubric ready to score with: names, rules, structures, the lexicon and the phrase trie.
/// Built once per rubric; a scenario's vocabulary only extends the lexicon and adds a small
/// trie of its multi-word members. Scoring never touches the YAML again.
struct CompiledRubric: Sendable {
  struct Rule: Sendable {
    var id: String
    /// Index into `names` (the seven labels first, then cues).
    var name: Int32
    var explanation: String
    var weight: Double
    var negatable: Bool
    var negatedName: Int32?
    var negatedExplanation: String
    var inQuestion: Bool?
  }

  enum Scope: String, Sendable, CaseIterable {
    case overlap, clause, sentence, reply
  }

  /// A class, so the scorer reads a structure without copying (and retaining) its arrays.
  final class Structure: Sendable {
    enum Action: Sendable {
      case drop(Set<Int32>)
      case add(Int32)
    }
    let id: String
    let action: Action
    let when: [[Int32]]
    let unless: [Int32]
    let scope: Scope
    let ordered: Bool
    let explanation: String
    let weight: Double

    init(
      id: String, action: Action, when: [[Int32]], unless: [Int32], scope: Scope, ordered: Bool,
      explanation: String, weight: Double
    ) {
      self.id = id
      self.action = action
      self.when = when
      self.unless = unless
      self.scope = scope
      self.ordered = ordered
      self.explanation = explanation
      self.weight = weight
    }
  }

  let names: [String]
  /// Per name: its place when the names are sorted alphabetically.
  let alphabeticalRanks: [Int32]
  /// The index of the "extra" cue in `names`, when the rubric has one.
  let extraCue: Int32?
  /// The indices of the cues that mark an apology the rubric took back.
  let takenBackApologyCues: [Int32]
  /// The index of the cue that marks a total refusal, when the rubric has one.
  let totalRefusalCue: Int32?
  var rules: [Rule]
  let structures: [Structure]
  /// Which structures can apply, by the names present.
  let structureGates: StructureGates
  var lexicon: Lexicon
  var trie: PhraseTrie
  var threshold: Double
  var negationCue: Int32
  var negationWindow: Int
  /// Per word id: whether it ends a negation's reach.
  var isNegationBarrier: [Bool]
  var symbols: RubricSymbols
  /// Sentences opening with one of these word sequences are questions without a "?".
  var questionOpeners: QuestionOpeners
  /// A scenario's multi-word class members ("hand-blown glass" as an {item}): matched
  /// before the phrase trie, each match lets a phrase step over its words as one class symbol.
  /// Its terminals' `rule` is the class symbol.
  var memberTrie: PhraseTrie? = nil

  init(
    names: [String], rules: [Rule], structures: [Structure], lexicon: Lexicon, trie: PhraseTrie, threshold: Double,
    negationCue: Int32, negationWindow: Int, isNegationBarrier: [Bool], symbols: RubricSymbols,
    questionOpeners: QuestionOpeners
  ) {
    self.names = names
    var ranks = Array(repeating: Int32(0), count: names.count)
    for (rank, name) in names.indices.sorted(by: { names[$0] < names[$1] }).enumerated() { ranks[name] = Int32(rank) }
    extraCue = names.firstIndex(of: "extra").map { Int32($0) }
    takenBackApologyCues = names.indices.filter { Scorer.takenBackApologyCues.contains(names[$0]) }.map { Int32($0) }
    totalRefusalCue = names.firstIndex(of: Scorer.totalRefusalCue).map { Int32($0) }
    alphabeticalRanks = ranks
    self.rules = rules
    self.structures = structures
    structureGates = StructureGates(structures, nameCount: names.count)
    self.lexicon = lexicon
    self.trie = trie
    self.threshold = threshold
    self.negationCue = negationCue
    self.negationWindow = negationWindow
    self.isNegationBarrier = isNegationBarrier
    self.symbols = symbols
    self.questionOpeners = questionOpeners
  }
}
