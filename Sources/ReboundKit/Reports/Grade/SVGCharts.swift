/// The inline SVG charts of the HTML report: no scripts, no external files.
enum SVGCharts {
  static let palette = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777"]

  /// How many transcripts scored in each band of ten (the last band is 90–100).
  static func scoreDistribution(_ bins: [Int]) -> String {
    let top = max(1, bins.max() ?? 1)
    let width = 520, height = 200, left = 36, bottom = 30, barWidth = 44
    var svg = "<svg role=\"img\" aria-label=\"Score distribution\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
    svg += axis(left: left, bottom: height - bottom, width: width, top: 10)
    for (index, count) in bins.enumerated() {
      let barHeight = Int(Double(count) / Double(top) * Double(height - bottom - 20))
      let x = left + 4 + index * (barWidth + 4)
      let y = height - bottom - barHeight
      svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(barHeight)\" fill=\"\(index >= 8 ? "#16a34a" : "#64748b")\"><title>\(index * 10)–\(index == 9 ? 100 : index * 10 + 9): \(count)</title></rect>"
      if count > 0 { svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 3)\" text-anchor=\"middle\" font-size=\"11\">\(count)</text>" }
      svg += "<text x=\"\(x + barWidth / 2)\" y=\"\(height - bottom + 14)\" text-anchor=\"middle\" font-size=\"10\">\(index * 10)</text>"
    }
    return svg + "</svg>"
  }

  /// Each move's success rate per trainee, as grouped bars.
  static func moveRates(_ trainees: [TraineeSummary]) -> String {
    let group = 4 * 14 + 16
    let width = max(440, 50 + trainees.count * group), height = 210, left = 36, bottom = 40
    var svg = "<svg role=\"img\" aria-label=\"Success rate of each move per trainee\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
    svg += axis(left: left, bottom: height - bottom, width: width, top: 10)
    svg += yLabels(left: left, bottom: height - bottom, top: 20, labels: ["0%", "50%", "100%"])
    let colors = ["#16a34a", "#0891b2", "#2563eb", "#9333ea"]
    for (t, trainee) in trainees.enumerated() {
      for (m, move) in Label.moves.enumerated() {
        let rate = trainee.moveRates[move] ?? 0
        let barHeight = Int(rate * Double(height - bottom - 20))
        let x = left + 8 + t * group + m * 14
        svg += "<rect x=\"\(x)\" y=\"\(height - bottom - barHeight)\" width=\"12\" height=\"\(barHeight)\" fill=\"\(colors[m])\"><title>\(HTMLText.escape(trainee.trainee)) · \(move.rawValue): \(Int((rate * 100).rounded()))%</title></rect>"
      }
      svg += "<text x=\"\(left + 8 + t * group + 28)\" y=\"\(height - bottom + 14)\" text-anchor=\"middle\" font-size=\"10\">\(HTMLText.escape(String(trainee.trainee.prefix(12))))</text>"
    }
    for (m, move) in Label.moves.enumerated() {
      svg += "<rect x=\"\(left + m * 100)\" y=\"\(height - 14)\" width=\"10\" height=\"10\" fill=\"\(colors[m])\"/><text x=\"\(left + m * 100 + 14)\" y=\"\(height - 5)\" font-size=\"10\">\(move.rawValue)</text>"
    }
    return svg + "</svg>"
  }

  /// Each trainee's scores in the order of their sessions, one line each.
  static func scoresOverTime(_ byTrainee: [(key: String, value: [ChartPoint])]) -> String {
    let longest = max(2, byTrainee.map(\.value.count).max() ?? 2)
    let width = 560, height = 220, left = 36, bottom = 30, right = 130
    let plotWidth = width - left - right
    var svg = "<svg role=\"img\" aria-label=\"Scores over time per trainee\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\">"
    svg += axis(left: left, bottom: height - bottom, width: width - right, top: 10)
    svg += yLabels(left: left, bottom: height - bottom, top: 20, labels: ["0", "50", "100"])
    svg += "<text x=\"\(left + plotWidth / 2)\" y=\"\(height - 8)\" text-anchor=\"middle\" font-size=\"10\">sessions, oldest first</text>"
    for (index, entry) in byTrainee.enumerated() {
      let color = palette[index % palette.count]
      let points = entry.value.enumerated().map { attempt, row -> String in
        let x = left + 6 + attempt * (plotWidth - 12) / (longest - 1)
        let y = height - bottom - Int(Double(row.score) / 100 * Double(height - bottom - 20))
        return "\(x),\(y)"
      }
      svg += "<polyline fill=\"none\" stroke=\"\(color)\" stroke-width=\"2\" points=\"\(points.joined(separator: " "))\"/>"
      for (point, row) in zip(points, entry.value) {
        let xy = point.split(separator: ",")
        svg += "<circle cx=\"\(xy[0])\" cy=\"\(xy[1])\" r=\"3\" fill=\"\(color)\"><title>\(HTMLText.escape(entry.key)) · \(HTMLText.escape(row.scenario)) · \(HTMLText.escape(row.date)): \(row.score)</title></circle>"
      }
      let legendY = 16 + index * 16
      if legendY < height - 10 {
        svg += "<rect x=\"\(width - right + 10)\" y=\"\(legendY - 9)\" width=\"10\" height=\"10\" fill=\"\(color)\"/><text x=\"\(width - right + 24)\" y=\"\(legendY)\" font-size=\"11\">\(HTMLText.escape(String(entry.key.prefix(16))))</text>"
      }
    }
    return svg + "</svg>"
  }

  /// Labels spread evenly up the y axis, from `bottom` to `top`.
  private static func yLabels(left: Int, bottom: Int, top: Int, labels: [String]) -> String {
    labels.enumerated().map { index, label in
      let y = bottom - index * (bottom - top) / max(1, labels.count - 1)
      return "<text x=\"\(left - 4)\" y=\"\(y + 4)\" text-anchor=\"end\" font-size=\"10\">\(label)</text>"
    }.joined()
  }

  private static func axis(left: Int, bottom: Int, width: Int, top: Int) -> String {
    "<line x1=\"\(left)\" y1=\"\(top)\" x2=\"\(left)\" y2=\"\(bottom)\" stroke=\"#94a3b8\"/><line x1=\"\(left)\" y1=\"\(bottom)\" x2=\"\(width - 4)\" y2=\"\(bottom)\" stroke=\"#94a3b8\"/>"
  }
}

/// What the charts need of a graded transcript.
public struct ChartPoint: Sendable {
  public var trainee: String
  public var scenario: String
  public var date: String
  public var score: Int

  public init(_ row: GradedTranscript) {
    trainee = row.trainee
    scenario = row.scenario
    date = row.date
    score = row.score
  }
}

/// What the HTML report's charts need of all the rows, gathered as the rows stream past: how
/// many scored in each band of ten, and each trainee's latest sessions (at most
/// `latestLimit`, more than a line of a chart this wide can show apart), so memory stays flat
/// however many transcripts there are. Rows must be added oldest first.
public struct ChartData: Sendable {
  public static let latestLimit = 200
  /// Transcripts in each band of ten (the last band is 90–100).
  public private(set) var scoreBands = Array(repeating: 0, count: 10)
  private var latest: [String: [ChartPoint]] = [:]
  private var droppedAny = false

  public init() {}

  public init(_ rows: [GradedTranscript]) {
    for row in rows { add(row) }
  }

  public mutating func add(_ row: GradedTranscript) {
    scoreBands[min(9, max(0, row.score / 10))] += 1
    latest[row.trainee, default: []].append(ChartPoint(row))
    // Trimmed in batches, so each row costs the same on average.
    if let count = latest[row.trainee]?.count, count >= 2 * Self.latestLimit {
      latest[row.trainee]?.removeFirst(count - Self.latestLimit)
      droppedAny = true
    }
  }

  /// Each trainee's latest sessions, oldest first, trainees in order of their names.
  public var latestByTrainee: [(key: String, value: [ChartPoint])] {
    latest.map { (key: $0.key, value: Array($0.value.suffix(Self.latestLimit))) }.sorted { $0.key < $1.key }
  }

  /// True when some trainee had more sessions than the chart over time shows.
  public var isTrimmed: Bool { droppedAny || latest.values.contains { $0.count > Self.latestLimit } }
}
