/// A rubric ready to score with: names, rules, structures, the lexicon and the phrase trie.
/// Built once per rubric (and scenario vocabulary); scoring never touches the YAML again.
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

  struct Structure: Sendable {
    enum Action: Sendable {
      case drop(Set<Int32>)
      case add(Int32)
    }
    var id: String
    var action: Action
    var when: [[Int32]]
    var unless: [Int32]
    var scope: Scope
    var ordered: Bool
    var explanation: String
    var weight: Double
  }

  var names: [String]
  var rules: [Rule]
  var structures: [Structure]
  var lexicon: Lexicon
  var trie: PhraseTrie
  var threshold: Double
  var negationCue: Int32
  var negationWindow: Int
  /// Per word id: whether it ends a negation's reach.
  var isNegationBarrier: [Bool]

  func labelIndex(_ label: Label) -> Int32 {
    Int32(Label.allCases.firstIndex(of: label) ?? 0)
  }
}
