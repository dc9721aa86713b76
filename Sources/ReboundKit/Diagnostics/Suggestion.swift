/// " (did you mean 'x'?)" when a name is one or two edits from a known one.
func suggestion(_ name: String, among candidates: [String]) -> String {
  let best = candidates.map { ($0, levenshtein(name, $0)) }.min { $0.1 < $1.1 }
  guard let best, best.1 <= 2, best.1 < name.count else { return "" }
  return " (did you mean '\(best.0)'?)"
}

func levenshtein(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  guard !a.isEmpty else { return b.count }
  guard !b.isEmpty else { return a.count }
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
    }
    previous = current
  }
  return previous[b.count]
}

/// Did-you-mean suggestions for the command line.
public enum Suggestions {
  /// " (did you mean 'x'?)" or "".
  public static func didYouMean(_ name: String, among candidates: [String]) -> String {
    suggestion(name, among: candidates)
  }
}
