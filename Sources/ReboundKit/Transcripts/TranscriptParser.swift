import Foundation

/// Reads a transcript, reporting every problem with its line: a missing header field, an
/// unknown speaker, a value of the wrong kind.
public struct TranscriptParser: Sendable {
  public let file: String

  public init(file: String) { self.file = file }

  static let headerKeys = [
    "format", "scenario", "scenario-hash", "rubric", "model", "trainee", "mode", "difficulty", "seed", "pass-mark", "started",
    "ended", "outcome", "turns-sha256", "signature", "sha256",
  ]

  public func parse(_ text: String) -> (transcript: Transcript?, diagnostics: [SourceDiagnostic]) {
    var problems: [SourceDiagnostic] = []
    func fail(_ line: Int, _ message: String, _ source: Substring? = nil) {
      problems.append(
        SourceDiagnostic(file: file, line: line, column: source == nil ? 0 : 1, message: message, sourceLine: source.map(String.init)))
    }
    let rows = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { bytes in
      Substring(bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes)
    }
    var fields: [String: (value: String, line: Int)] = [:]
    var index = 0
    // Header: "key: value" lines up to the first blank line; "#" lines are comments.
    while index < rows.count {
      let row = rows[index]
      index += 1
      if row.blankTrimmed.isEmpty {
        if fields.isEmpty { continue }
        break
      }
      if row.hasPrefix("#") { continue }
      guard let colon = row.utf8.firstIndex(of: UInt8(ascii: ":")) else {
        fail(index, "expected a header line 'key: value' (the header ends at the first blank line)", row)
        continue
      }
      let key = row[..<colon].blankTrimmed.lowercased()
      let value = row[row.index(after: colon)...].blankTrimmed
      guard Self.headerKeys.contains(key) else {
        fail(index, "unknown header field '\(key)'\(suggestion(key, among: Self.headerKeys))", row)
        continue
      }
      if fields[key] != nil { fail(index, "header field '\(key)' is given twice", row) }
      fields[key] = (value, index)
    }
    let header = readHeader(fields, fail: fail)
    var lines: [TranscriptLine] = []
    var reviews: [TranscriptReview] = []
    var continuing: Continuation = .none
    while index < rows.count {
      let row = rows[index]
      index += 1
      if row.blankTrimmed.isEmpty || row.hasPrefix("#") { continue }
      if row.hasPrefix("  ") || row.hasPrefix("\t") {
        let more = "\n" + row.blankTrimmed
        switch continuing {
        case .turn: lines[lines.count - 1].text += more
        case .comment: reviews[reviews.count - 1].comment += more
        case .none: fail(index, "an indented line continues nothing", row)
        }
        continue
      }
      if let review = reviewStart(row, number: index, fail: fail) {
        reviews.append(review)
        continuing = .none
        continue
      }
      if !reviews.isEmpty {
        continuing = reviewLine(row, number: index, into: &reviews[reviews.count - 1], fail: fail) ? .comment : .none
        continue
      }
      if let line = speakerLine(row, number: index, fail: fail) {
        lines.append(line)
        continuing = .turn
      } else {
        continuing = .none
      }
    }
    guard let header, !problems.contains(where: { $0.severity == .error }) else { return (nil, problems) }
    return (Transcript(header: header, lines: lines, reviews: reviews), problems)
  }

  private enum Continuation { case none, turn, comment }

  /// `review: NAME at TIME` starts a review block.
  private func reviewStart(_ row: Substring, number: Int, fail: (Int, String, Substring?) -> Void) -> TranscriptReview? {
    guard row.hasPrefix("review:") else { return nil }
    let rest = row.dropFirst("review:".count).blankTrimmed
    guard let at = rest.range(of: " at ") else {
      fail(number, "expected 'review: NAME at TIME'", row)
      return TranscriptReview(reviewer: rest, time: "", changes: [], comment: "", line: number)
    }
    return TranscriptReview(
      reviewer: String(rest[..<at.lowerBound]), time: String(rest[at.upperBound...]), changes: [], comment: "",
      line: number)
  }

  /// A `set: LABEL yes|no (was …)` or `comment: …` line of a review; returns true for a comment.
  private func reviewLine(
    _ row: Substring, number: Int, into review: inout TranscriptReview, fail: (Int, String, Substring?) -> Void
  ) -> Bool {
    if row.hasPrefix("comment:") {
      review.comment = row.dropFirst("comment:".count).blankTrimmed
      return true
    }
    if row.hasPrefix("signature:") {
      review.signature = row.dropFirst("signature:".count).blankTrimmed
      return false
    }
    guard row.hasPrefix("set:") else {
      fail(number, "expected 'set: LABEL yes|no' or 'comment: …' in a review (turns come before reviews)", row)
      return false
    }
    let words = row.dropFirst("set:".count).split(separator: " ")
    let names = ReviewItem.all.map(\.name)
    guard words.count >= 2, let item = ReviewItem(name: String(words[0])), ["yes", "no"].contains(words[1]) else {
      let name = words.first.map(String.init) ?? ""
      let hint = ReviewItem(name: name) == nil && !name.isEmpty ? suggestion(name, among: names) : ""
      fail(number, "expected 'set: LABEL yes|no' with a label of: \(names.joined(separator: ", "))\(hint)", row)
      return false
    }
    let was = words.count >= 4 && words[2] == "(was" ? words[3].hasPrefix("yes") : nil
    review.changes.append(TranscriptReview.Change(item: item, value: words[1] == "yes", was: was))
    return false
  }

  private func speakerLine(_ row: Substring, number: Int, fail: (Int, String, Substring?) -> Void) -> TranscriptLine? {
    guard let colon = row.utf8.firstIndex(of: UInt8(ascii: ":")) else {
      fail(number, "expected 'customer: …' or 'trainee: …' (indent a line by two spaces to continue the one before)", row)
      return nil
    }
    var label = row[..<colon].blankTrimmed
    var mood: Int?
    if let open = label.firstIndex(of: "["), label.hasSuffix("]") {
      let tag = label[label.index(after: open)..<label.index(before: label.endIndex)]
      let parts = tag.split(separator: " ")
      guard parts.count == 2, parts[0] == "mood", let value = Int(parts[1]), (0...100).contains(value) else {
        fail(number, "expected a mood tag like '[mood 64]' (0 to 100)", row)
        return nil
      }
      mood = value
      label = label[..<open].blankTrimmed
    }
    guard let speaker = TranscriptLine.Speaker(rawValue: label) ?? TranscriptLine.Speaker(rawValue: label.lowercased()) else {
      let names = TranscriptLine.Speaker.allCases.map(\.rawValue)
      fail(number, "unknown speaker '\(label)'\(suggestion(label.lowercased(), among: names)); expected 'customer' or 'trainee'", row)
      return nil
    }
    var start = row.utf8.index(after: colon)
    if start < row.utf8.endIndex && row.utf8[start] == UInt8(ascii: " ") { start = row.utf8.index(after: start) }
    return TranscriptLine(speaker: speaker, text: String(row[start...]), mood: mood, line: number)
  }

  /// Whether `text` is an ISO 8601 time in UTC to the second: `2026-11-23T10:00:00Z`.
  static func isTime(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[19] == UInt8(ascii: "Z"),
      bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
    else { return false }
    let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
    guard digits.allSatisfy({ (0x30...0x39).contains(bytes[$0]) }) else { return false }
    return GradeFilter.isDate(String(text.prefix(10)))
  }

  private func readHeader(
    _ fields: [String: (value: String, line: Int)], fail: (Int, String, Substring?) -> Void
  ) -> TranscriptHeader? {
    for key in ["scenario", "trainee"] {
      guard let field = fields[key] else {
        fail(1, "the header is missing '\(key): …'", nil)
        continue
      }
      // An empty or "-" value would drop the transcript from every report without a word.
      if field.value.isEmpty || field.value == "-" {
        fail(field.line, "'\(key):' has no value; it must name the \(key)", nil)
      }
    }
    // Times order the reports and filter them (--since): a value that is not one would
    // put the transcript in the wrong place without a word.
    for key in ["started", "ended"] {
      guard let field = fields[key], !field.value.isEmpty, field.value != "-" else { continue }
      if !Self.isTime(field.value) {
        fail(field.line, "'\(key):' must be a time like 2026-11-23T10:00:00Z, not '\(SafeText.visible(field.value))'", nil)
      }
    }
    if let format = fields["format"], Int(format.value) != Transcript.formatVersion {
      fail(format.line, "format '\(format.value)' is not one this version reads (\(Transcript.formatVersion))", nil)
    }
    func choice<T: RawRepresentable<String> & CaseIterable>(_ key: String, _ type: T.Type) -> T? {
      guard let field = fields[key], field.value != "-" else { return nil }
      if let value = T(rawValue: field.value) { return value }
      let names = T.allCases.map(\.rawValue)
      fail(field.line, "unknown \(key) '\(field.value)'\(suggestion(field.value, among: names)); expected one of: \(names.joined(separator: ", "))", nil)
      return nil
    }
    func number(_ key: String, in range: ClosedRange<Int>) -> Int? {
      guard let field = fields[key], field.value != "-" else { return nil }
      guard let value = Int(field.value), range.contains(value) else {
        fail(field.line, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound)", nil)
        return nil
      }
      return value
    }
    func value(_ key: String) -> String? {
      guard let field = fields[key], !field.value.isEmpty, field.value != "-" else { return nil }
      return field.value
    }
    let mode = choice("mode", PlayMode.self)
    let difficulty = choice("difficulty", Difficulty.self)
    let outcome = choice("outcome", Outcome.self)
    let passMark = number("pass-mark", in: 0...100)
    var seed: UInt64?
    if let field = fields["seed"], field.value != "-" {
      seed = UInt64(field.value)
      if seed == nil { fail(field.line, "seed must be a whole number", nil) }
    }
    guard let scenario = value("scenario"), let trainee = value("trainee") else { return nil }
    var header = TranscriptHeader(
      scenario: scenario, scenarioHash: value("scenario-hash"), rubric: value("rubric"), trainee: trainee, mode: mode,
      difficulty: difficulty, seed: seed, passMark: passMark, started: value("started"), ended: value("ended"),
      outcome: outcome)
    header.turnsChecksum = value("turns-sha256")
    header.model = value("model")
    return header
  }
}

