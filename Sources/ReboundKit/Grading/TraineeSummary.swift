/// A trainee's record across the graded transcripts: attempts, best, latest and average
/// score, passes, and the move they make least often.
public struct TraineeSummary: Sendable, Equatable {
  public var trainee: String
  public var attempts: Int
  public var best: Int
  public var latest: Int
  public var average: Double
  public var passes: Int
  /// The move made in the smallest share of attempts (the first in guide order on a tie);
  /// nil when every attempt made every move.
  public var weakestMove: Label?
  /// The share of attempts that made each move.
  public var moveRates: [Label: Double]

  /// - Parameter transcripts: the trainee's graded transcripts, in any order.
  public init(trainee: String, transcripts: [GradedTranscript]) {
    var tally = TraineeTally(trainee: trainee)
    for row in transcripts.sorted(by: { ($0.started ?? "", $0.file) < ($1.started ?? "", $1.file) }) { tally.add(row) }
    self = tally.summary
  }

  fileprivate init(_ tally: TraineeTally) {
    trainee = tally.trainee
    attempts = tally.attempts
    best = tally.best
    latest = tally.latest
    average = tally.attempts == 0 ? 0 : Double(tally.scoreSum) / Double(tally.attempts)
    passes = tally.passes
    var rates: [Label: Double] = [:]
    for (index, move) in Label.moves.enumerated() {
      rates[move] = tally.attempts == 0 ? 0 : Double(tally.made[index]) / Double(tally.attempts)
    }
    moveRates = rates
    let lowest = Label.moves.indices.min { (rates[Label.moves[$0]] ?? 0, $0) < (rates[Label.moves[$1]] ?? 0, $1) }
    weakestMove = lowest.flatMap { (rates[Label.moves[$0]] ?? 0) < 1 ? Label.moves[$0] : nil }
  }
}

/// A trainee's summary built one transcript at a time, oldest first, so a report streamed
/// row by row never holds the rows.
public struct TraineeTally: Sendable {
  public let trainee: String
  fileprivate var attempts = 0
  fileprivate var best = 0
  fileprivate var latest = 0
  fileprivate var scoreSum = 0
  fileprivate var passes = 0
  /// Attempts that made each move, in `Label.moves` order.
  fileprivate var made = [0, 0, 0, 0]

  public init(trainee: String) { self.trainee = trainee }

  /// Adds the trainee's next transcript (later than every one added before).
  public mutating func add(_ row: GradedTranscript) {
    best = attempts == 0 ? row.score : max(best, row.score)
    attempts += 1
    latest = row.score
    scoreSum += row.score
    if row.passed { passes += 1 }
    for (index, move) in Label.moves.enumerated() where row.made(move) { made[index] += 1 }
  }

  public var summary: TraineeSummary { TraineeSummary(self) }
}
