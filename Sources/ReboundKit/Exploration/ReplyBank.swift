/// The replies exploration draws from, each scored once with a scenario's scorer and sorted
/// into the kinds the strategies ask for.
public struct ReplyBank: Sendable {
  public struct Entry: Sendable {
    public var text: String
    public var verdict: Verdict
  }

  public let entries: [Entry]
  /// Indices into `entries`.
  let withoutApology: [Int]
  let excuses: [Int]
  /// A fix with no apology or acknowledgement: the customer hears "stop fixing, listen".
  let fixesOnly: [Int]
  /// The scenario's own good replies: its model replies and the replies of its resolved paths.
  let recovering: [Int]
  /// Replies that make one move and nothing else (no pitfall), per move; and ones that offer
  /// something extra.
  let singleMoves: [[Int]]
  let silence: Entry

  /// - Parameters:
  ///   - replies: replies of every kind (the labelled corpus).
  ///   - scenario: its model replies and its paths' replies join the bank.
  public init(replies: [String], scenario: Scenario, scorer: Scorer) {
    var workspace = Scorer.Workspace()
    func entry(_ text: String) -> Entry { Entry(text: text, verdict: scorer.score(text, using: &workspace)) }
    let good = scenario.hidden.debrief.modelReplies + scenario.paths.filter(\.isGood).flatMap(\.replies)
    let others = scenario.paths.filter { !$0.isGood }.flatMap(\.replies)
    var seen: Set<String> = []
    var entries: [Entry] = []
    var recovering: [Int] = []
    for text in good + others + replies where !text.isEmpty && seen.insert(text).inserted {
      if recovering.count < good.count, good.contains(text) { recovering.append(entries.count) }
      entries.append(entry(text))
    }
    self.entries = entries
    self.recovering = recovering
    withoutApology = entries.indices.filter { !entries[$0].verdict.has(.apologize) }
    excuses = entries.indices.filter { entries[$0].verdict.has(.excuse) }
    fixesOnly = entries.indices.filter {
      let verdict = entries[$0].verdict
      return verdict.has(.answer) && !verdict.has(.apologize) && !verdict.has(.acknowledge)
    }
    singleMoves = (Label.moves.map { move in
      entries.indices.filter { entries[$0].verdict.labels == [move] }
    } + [entries.indices.filter { entries[$0].verdict.offersExtra && Set(entries[$0].verdict.labels).isDisjoint(with: Label.pitfalls) }])
      .filter { !$0.isEmpty }
    silence = entry("")
  }

  /// One entry from a kind, drawn with `random`; from the whole bank when the kind is empty.
  func draw(from kind: [Int], _ random: inout SeededRandom) -> Entry {
    if kind.isEmpty { return entries.isEmpty ? silence : entries[random.index(below: entries.count)] }
    return entries[kind[random.index(below: kind.count)]]
  }

  func drawAny(_ random: inout SeededRandom) -> Entry {
    entries.isEmpty ? silence : entries[random.index(below: entries.count)]
  }
}
