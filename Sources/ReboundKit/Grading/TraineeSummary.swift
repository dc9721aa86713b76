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

  /// - Parameter transcripts: the trainee's graded transcripts, oldest first.
  public init(trainee: String, transcripts: [GradedTranscript]) {
    let ordered = transcripts.sorted { ($0.started ?? "", $0.file) < ($1.started ?? "", $1.file) }
    self.trainee = trainee
    attempts = ordered.count
    best = ordered.map(\.score).max() ?? 0
    latest = ordered.last?.score ?? 0
    average = ordered.isEmpty ? 0 : Double(ordered.map(\.score).reduce(0, +)) / Double(ordered.count)
    passes = ordered.count { $0.passed }
    var rates: [Label: Double] = [:]
    for move in Label.moves {
      rates[move] = ordered.isEmpty ? 0 : Double(ordered.count { $0.made(move) }) / Double(ordered.count)
    }
    moveRates = rates
    let lowest = Label.moves.min { (rates[$0] ?? 0, Label.moves.firstIndex(of: $0)!) < (rates[$1] ?? 0, Label.moves.firstIndex(of: $1)!) }
    weakestMove = lowest.flatMap { (rates[$0] ?? 0) < 1 ? $0 : nil }
  }
}
