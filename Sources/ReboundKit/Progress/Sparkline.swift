/// A small bar chart of rates from 0 to 1, one character per value: `▁▃▅█` on a terminal,
/// `_.-=#`-style ASCII when the output is a file or a pipe.
public enum Sparkline {
  public static let blocks: [Character] = Array("▁▂▃▄▅▆▇█")
  public static let ascii: [Character] = Array("_.,-=+*#")

  /// - Parameters:
  ///   - values: rates from 0 to 1 (values outside are clamped).
  ///   - unicode: block characters when true, ASCII otherwise.
  public static func render(_ values: [Double], unicode: Bool) -> String {
    let ramp = unicode ? blocks : ascii
    return String(values.map { value in
      let clamped = min(1, max(0, value))
      return ramp[Int((clamped * Double(ramp.count - 1)).rounded())]
    })
  }
}
