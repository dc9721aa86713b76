/// What a person reads as a finding's evidence: the clause of the reply that carries it, not
/// one word ("'Could you tell me exactly what was taken'" rather than "'Could'"). The exact
/// span stays in the finding for highlighting and for tools.
public enum EvidenceQuote {
  /// The longest clause quoted whole; a longer one is cut around the evidence.
  static let longestClause = 20
  /// Words kept either side of the evidence when its clause is too long.
  static let context = 4

  /// The clause around a finding's span in `text`: from the last clause or sentence break
  /// before it to the first after it.
  public static func clause(of finding: Finding, in text: String) -> String {
    clause(of: finding, in: ScalarText(text))
  }

  /// The same, over a reply read once for all its findings.
  /// - Complexity: O(*c*) in the length of the clause.
  public static func clause(of finding: Finding, in scalars: ScalarText) -> String {
    guard finding.start < finding.end, finding.end <= scalars.count else { return finding.evidence }
    var first = finding.start, last = finding.end
    while first > 0, !isBreak(at: first - 1, in: scalars) { first -= 1 }
    while last < scalars.count, !isBreak(at: last, in: scalars) { last += 1 }
    var words = 0, inWord = false
    for index in first..<last {
      let space = isSpace(scalars[index])
      if !space && !inWord { words += 1 }
      inWord = !space
    }
    if words > longestClause {
      (first, last) = window(scalars, from: finding.start, to: finding.end, lowest: first, highest: last)
    }
    while first < last, isSpace(scalars[first]) { first += 1 }
    while last > first, isSpace(scalars[last - 1]) { last -= 1 }
    guard first < last else { return finding.evidence }
    return scalars.string(first..<last)
  }

  /// What the finding says the evidence does, without the quote it starts with:
  /// "a strong apology" from "'so sorry' — a strong apology".
  public static func reason(of finding: Finding) -> String {
    // Compared as bytes: both were written by the scorer from the same evidence.
    let explanation = finding.explanation.utf8
    let quote = finding.evidence.utf8
    let dash = "' — ".utf8
    guard explanation.count >= 1 + quote.count + dash.count, explanation.first == UInt8(ascii: "'"),
      explanation.dropFirst().starts(with: quote), explanation.dropFirst(1 + quote.count).starts(with: dash)
    else { return finding.explanation }
    return String(Substring(explanation.dropFirst(1 + quote.count + dash.count)))
  }

  /// "'clause' — reason": the line a trainee reads.
  public static func line(for finding: Finding, in text: String) -> String {
    line(for: finding, in: ScalarText(text))
  }

  public static func line(for finding: Finding, in scalars: ScalarText) -> String {
    "'\(clause(of: finding, in: scalars))' — \(reason(of: finding))"
  }

  /// A space, tab or line break (the cheap test: quoting is done for every finding of a report).
  private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" || scalar == "\u{A0}"
  }

  /// A clause or sentence break, but not the point, comma or colon inside a number ("6:30").
  private static func isBreak(at index: Int, in scalars: ScalarText) -> Bool {
    let scalar = scalars[index]
    if scalar == "." || scalar == "," || scalar == ":", index > 0, index + 1 < scalars.count,
      scalars[index - 1].properties.numericType != nil, scalars[index + 1].properties.numericType != nil
    {
      return false
    }
    return isBreak(scalar)
  }

  private static func isBreak(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case ",", ";", ":", ".", "!", "?", "\n", "—", "–", "(", ")", "\"", "“", "”": true
    default: false
    }
  }

  /// The bounds of the evidence with up to `context` words either side, inside the clause.
  private static func window(
    _ scalars: ScalarText, from start: Int, to end: Int, lowest: Int, highest: Int
  ) -> (Int, Int) {
    var first = start, words = 0
    while first > lowest, words <= context {
      first -= 1
      if scalars[first] == " " { words += 1 }
    }
    if words > context { first += 1 }
    var last = end
    words = 0
    while last < highest, words <= context {
      if scalars[last] == " " { words += 1 }
      if words > context { break }
      last += 1
    }
    return (first, last)
  }
}
