/// The next scenario to play, chosen deterministically:
///
/// 1. Candidates are the library's scenarios the trainee has not passed, no harder than one
///    step beyond the hardest scenario they have passed (easy when they have passed none).
/// 2. First come those whose latest attempt missed the weakest move: they train exactly it.
/// 3. Then the hardest difficulty allowed first (the next step up), then by id.
///
/// Nil when every scenario within reach has been passed.
public enum Recommendation {
  /// One scenario of the library: its id and difficulty.
  public struct Entry: Sendable, Equatable {
    public var id: String
    public var difficulty: Difficulty

    public init(id: String, difficulty: Difficulty) {
      self.id = id
      self.difficulty = difficulty
    }
  }

  /// The difficulty a trainee may try next: one step beyond the hardest passed.
  public static func ceiling(passed: [Difficulty]) -> Difficulty {
    guard let hardest = passed.max() else { return .easy }
    let all = Difficulty.allCases
    let index = all.firstIndex(of: hardest) ?? 0
    return all[min(all.count - 1, index + 1)]
  }

  public static func next(
    catalog: [Entry], progress: [ScenarioProgress], weakest: Label?
  ) -> String? {
    let byID = Dictionary(progress.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let passedDifficulties = catalog.filter { byID[$0.id]?.passed == true }.map(\.difficulty)
    let ceiling = ceiling(passed: passedDifficulties)
    let candidates = catalog.filter { byID[$0.id]?.passed != true && $0.difficulty <= ceiling }
    func trainsWeakest(_ entry: Entry) -> Bool {
      guard let weakest, let record = byID[entry.id] else { return false }
      return record.latestMissed.contains(weakest)
    }
    return candidates.min { a, b in
      let (ta, tb) = (trainsWeakest(a), trainsWeakest(b))
      if ta != tb { return ta }
      if a.difficulty != b.difficulty { return a.difficulty > b.difficulty }
      return a.id < b.id
    }?.id
  }
}
