/// The names each structure needs before it can do anything, as bit sets over the rubric's
/// names, so the scorer can skip the structures that cannot apply to a reply with a few
/// word-wide ANDs instead of walking their sets and arrays.
struct StructureGates: Sendable {
  /// 64-bit words in one set of names.
  let wordCount: Int
  /// Per structure: the names it drops (none for an `add`), then one set per `when` item.
  private let sets: [UInt64]
  /// Structure i's sets are `setStarts[i]..<setStarts[i + 1]`, counted in sets.
  private let setStarts: [Int]

  init(_ structures: [CompiledRubric.Structure], nameCount: Int) {
    let wordCount = max(1, (nameCount + 63) / 64)
    var sets: [UInt64] = []
    var setStarts = [0]
    for structure in structures {
      if case .drop(let targets) = structure.action { sets += Self.set(of: targets, wordCount: wordCount) }
      for item in structure.when { sets += Self.set(of: item, wordCount: wordCount) }
      setStarts.append(sets.count / wordCount)
    }
    self.wordCount = wordCount
    self.sets = sets
    self.setStarts = setStarts
  }

  private static func set(of names: some Sequence<Int32>, wordCount: Int) -> [UInt64] {
    var set = Array(repeating: UInt64(0), count: wordCount)
    for name in names {
      let (word, bit) = position(of: name)
      set[word] |= bit
    }
    return set
  }

  /// The word of a set that holds `name`, and its bit there.
  @inline(__always)
  private static func position(of name: Int32) -> (word: Int, bit: UInt64) {
    (Int(name) / 64, 1 << UInt64(Int(name) % 64))
  }

  /// Whether structure `index` might change the findings when the names in `present` (a set
  /// of `wordCount` words) have findings: it drops a name that is present, and every one of
  /// its `when` items has a name that is present.
  func mayApply(_ index: Int, present: UnsafeBufferPointer<UInt64>) -> Bool {
    for set in setStarts[index]..<setStarts[index + 1] {
      let base = set * wordCount
      var meets = false
      for w in 0..<wordCount where sets[base + w] & present[w] != 0 {
        meets = true
        break
      }
      if !meets { return false }
    }
    return true
  }

  /// Fills `present` with the names that `findings` have.
  func collect(_ findings: [WorkingFinding], into present: UnsafeMutableBufferPointer<UInt64>) {
    for w in 0..<wordCount { present[w] = 0 }
    for f in findings {
      let (word, bit) = Self.position(of: f.name)
      present[word] |= bit
    }
  }
}
