/// What the compiler knew when it built a rubric's trie: the id of every word, prefix and
/// class. A scenario's vocabulary is laid over a compiled rubric with these (see
/// `RubricCompiler+Overlay`), so the rubric's phrase trie is built once, not per scenario.
struct RubricSymbols: Sendable {
  var classMembers: [String: [String]]
  var contractions: [String: [String]]
  var wordIDs: [String: Int32]
  var prefixSymbols: [String: Int32]
  var classSymbols: [String: Int32]
  /// Each prefix with the symbols a word starting with it carries: its own and its classes'.
  var prefixTable: [String: [Int32]]
  var multiWordMembers: [String: [PhrasePattern.Sequence]]
  var numberSymbol: Int32
  var symbolCount: Int32
}
