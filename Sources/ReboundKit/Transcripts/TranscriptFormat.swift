import Foundation

/// Writes transcripts as text: the header fields in a fixed order, a blank line, the turns.
enum TranscriptFormat {
  static let title = "# Rebound transcript"

  static func headerText(_ header: TranscriptHeader) -> String {
    var fields: [(String, String?)] = [
      ("format", String(header.format)),
      ("scenario", header.scenario),
      ("scenario-hash", header.scenarioHash),
      ("rubric", header.rubric),
      ("model", header.model),
      ("trainee", header.trainee),
      ("mode", header.mode?.rawValue),
      ("difficulty", header.difficulty?.rawValue),
      ("seed", header.seed.map { String($0) }),
      ("pass-mark", header.passMark.map { String($0) }),
      ("started", header.started),
      ("ended", header.ended ?? "-"),
      ("outcome", (header.outcome ?? .unfinished).rawValue),
    ]
    if let checksum = header.turnsChecksum { fields.append(("turns-sha256", checksum)) }
    return ([title] + fields.compactMap { key, value in value.map { "\(key): \(oneLine($0))" } }).joined(separator: "\n")
      + "\n\n"
  }

  /// The text as the parser will read it back: line breaks as LF, continuation lines
  /// without surrounding blanks, empty lines and trailing breaks dropped. The writer stores
  /// this form, so the checksum of a saved session matches the file.
  static func canonical(_ text: String) -> String {
    let lines = lineBreaksNormalized(text).split(separator: "\n", omittingEmptySubsequences: false)
    guard let first = lines.first else { return text }
    var kept = [String(first)]
    for line in lines.dropFirst() {
      let trimmed = Substring(line).blankTrimmed
      if !trimmed.isEmpty { kept.append(trimmed) }
    }
    return kept.joined(separator: "\n")
  }

  /// One speaker line; a multi-line text continues on lines indented by two spaces.
  static func lineText(_ line: TranscriptLine) -> String {
    let tag = line.mood.map { " [mood \($0)]" } ?? ""
    let body = lineBreaksNormalized(line.text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    return "\(line.speaker.rawValue)\(tag): \(body)\n"
  }

  static func text(of transcript: Transcript) -> String {
    headerText(transcript.header) + transcript.lines.map(lineText).joined() + transcript.reviews.map(reviewText).joined()
  }

  /// A review block: `review: NAME at TIME`, a `set:` line per label, and the comment.
  static func reviewText(_ review: TranscriptReview) -> String {
    var text = "\nreview: \(review.reviewer) at \(review.time)\n"
    for change in review.changes {
      let was = change.was.map { " (was \($0 ? "yes" : "no"))" } ?? ""
      text += "set: \(change.item.name) \(change.value ? "yes" : "no")\(was)\n"
    }
    let comment = lineBreaksNormalized(review.comment).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ")
    text += "comment: \(comment)\n"
    if let signature = review.signature { text += "signature: \(signature)\n" }
    return text
  }

  private static func oneLine(_ text: String) -> String {
    lineBreaksNormalized(text).replacingOccurrences(of: "\n", with: " ")
  }

  /// CR LF and lone CR become LF (in Swift "\r\n" is one Character, so split at "\n" misses it).
  static func lineBreaksNormalized(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    var previousWasCR = false
    for scalar in text.unicodeScalars {
      if scalar == "\r" {
        scalars.append("\n")
        previousWasCR = true
        continue
      }
      if !(scalar == "\n" && previousWasCR) { scalars.append(scalar) }
      previousWasCR = false
    }
    return String(scalars)
  }
}
