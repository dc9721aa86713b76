/// How often a trainee's sessions had one label (a move made, or a pitfall fallen into):
/// over all sessions, over the last few, and as a series for a sparkline.
public struct LabelTrend: Sendable, Equatable {
  public var label: Label
  /// The share of all sessions with the label.
  public var rate: Double
  /// The share of the last `TraineeProgress.recentWindow` sessions with the label.
  public var recentRate: Double
  /// One value per session among the last `TraineeProgress.seriesLength`: the share of the
  /// `recentWindow` sessions up to and including it that had the label (a rolling rate).
  public var series: [Double]

  public init(label: Label, rate: Double, recentRate: Double, series: [Double]) {
    self.label = label
    self.rate = rate
    self.recentRate = recentRate
    self.series = series
  }

  /// - Parameter hits: one per session, oldest first: whether the session had the label.
  init(label: Label, hits: [Bool], window: Int, seriesLength: Int) {
    func share(_ slice: ArraySlice<Bool>) -> Double {
      slice.isEmpty ? 0 : Double(slice.count { $0 }) / Double(slice.count)
    }
    self.label = label
    rate = share(hits[...])
    recentRate = share(hits.suffix(window))
    let ends = max(0, hits.count - seriesLength)..<hits.count
    series = ends.map { end in share(hits[max(0, end - window + 1)...end]) }
  }
}
