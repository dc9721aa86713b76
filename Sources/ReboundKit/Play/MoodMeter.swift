/// The customer's mood as a bar: `mood [############--------] 62 angry (+8)`.
public enum MoodMeter {
  public static let width = 20

  public static func word(for mood: Int) -> String {
    switch mood {
    case ..<20: "calm"
    case ..<35: "settling"
    case ..<60: "upset"
    case ..<80: "angry"
    default: "furious"
    }
  }

  public static func render(_ mood: Int, change: Int? = nil, style: TerminalStyle) -> String {
    let filled = max(0, min(width, (mood * width + 50) / 100))
    let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
    let color: TerminalStyle.Color = mood >= 60 ? .red : mood >= 35 ? .yellow : .green
    var text = "mood [\(style.paint(bar, color))] \(mood) \(word(for: mood))"
    if let change, change != 0 { text += change > 0 ? " (+\(change))" : " (\(change))" }
    return text
  }

  /// A small line chart of the mood over the turns: ▆▅▃▂.
  public static func sparkline(_ moods: [Int]) -> String {
    let blocks = Array("▁▂▃▄▅▆▇█")
    return String(moods.map { blocks[min(blocks.count - 1, max(0, $0 * blocks.count / 101))] })
  }
}
