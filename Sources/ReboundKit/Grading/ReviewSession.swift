public import Foundation

/// A manager's review of one transcript: either given whole (flags) or asked for label by
/// label. The review is appended to the file; the turns are never touched.
public struct ReviewSession {
  public let graded: GradedTranscript
  public let reviewer: String
  private let clock: () -> Date

  public init(graded: GradedTranscript, reviewer: String, clock: @escaping () -> Date = Date.init) {
    self.graded = graded
    self.reviewer = reviewer
    self.clock = clock
  }

  public enum Problem: Error, CustomStringConvertible {
    case badSetting(String)
    case nothingToRecord
    case cannotWrite(String)

    /// A did-you-mean for a misspelt label; nothing when the label is right and the value wrong.
    static func hint(for text: String) -> String {
      let name = String(text.split(separator: "=").first ?? "").lowercased()
      return ReviewItem(name: name) == nil ? suggestion(name, among: ReviewItem.all.map(\.name)) : ""
    }

    public var description: String {
      switch self {
      case .badSetting(let text):
        "cannot read --set '\(text)': expected LABEL=yes or LABEL=no, with a label of: \(ReviewItem.validNames)\(Self.hint(for: text))"
      case .nothingToRecord: "nothing to record: give --set LABEL=yes|no or --comment"
      case .cannotWrite(let reason): reason
      }
    }
  }

  /// Reads `apologize=yes`, `blame=no`, `extra=yes`.
  public static func setting(_ text: String) throws(Problem) -> (ReviewItem, Bool) {
    let parts = text.lowercased().split(separator: "=", maxSplits: 1).map(String.init)
    guard parts.count == 2, let item = ReviewItem(name: parts[0]) else { throw .badSetting(text) }
    switch parts[1] {
    case "yes", "true", "y", "1": return (item, true)
    case "no", "false", "n", "0": return (item, false)
    default: throw .badSetting(text)
    }
  }

  /// The review, with what the automatic verdict was for each label set.
  public func review(settings: [(ReviewItem, Bool)], comment: String) -> TranscriptReview {
    let changes = settings.map { item, value in
      TranscriptReview.Change(item: item, value: value, was: automatic(item))
    }
    return TranscriptReview(reviewer: reviewer, time: TranscriptWriter.iso(clock()), changes: changes, comment: comment)
  }

  /// Whether the scorer found the item (a move made, a pitfall fallen into, something extra offered).
  public func automatic(_ item: ReviewItem) -> Bool {
    switch item {
    case .extra: return graded.automatic.offeredExtra
    case .label(let label):
      return Label.moves.contains(label) ? graded.automatic.made(label) : graded.automatic.count(of: label) > 0
    }
  }

  /// Appends the review to the transcript file. A file whose whole-file checksum is intact
  /// gets a new one covering the review, written in one atomic replace; a file without one,
  /// or whose checksum no longer matches, keeps what it has (a review does not vouch for it).
  public func append(_ review: TranscriptReview, signingKey: SigningKey? = nil) throws(Problem) {
    guard !review.changes.isEmpty || !review.comment.isEmpty else { throw .nothingToRecord }
    guard let data = FileManager.default.contents(atPath: graded.file) else {
      throw .cannotWrite("cannot open \(graded.file) for writing")
    }
    var bytes = Array(data)
    let review = signingKey.map { SessionSignature.signed(review, in: bytes, with: $0) } ?? review
    let wasIntact = TranscriptDigest.check(bytes) == .intact
    if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    bytes += TranscriptFormat.reviewText(review).utf8
    let text = String(decoding: wasIntact ? TranscriptDigest.split(bytes).rest : bytes, as: UTF8.self)
    do {
      try TranscriptWriter.replace(URL(fileURLWithPath: graded.file), with: wasIntact ? TranscriptDigest.sealed(text) : text)
    } catch {
      throw .cannotWrite("cannot append the review to \(graded.file): \(error.description)")
    }
  }

  /// Asks, label by label, whether to keep the automatic verdict, then for a comment.
  /// Returns nil when the input ends before the review is complete (nothing is written).
  public func ask(reading input: inout some LineSource, output: (String) -> Void) -> TranscriptReview? {
    output("Review of \(TerminalStyle.neutralized(graded.file)): Enter keeps the automatic verdict; y or n sets it; Ctrl-D abandons the review.\n")
    var settings: [(ReviewItem, Bool)] = []
    for item in ReviewItem.all {
      let current = automatic(item)
      let prompt = "\(item.name.padding(toLength: 12, withPad: " ", startingAt: 0)) automatic: \(current ? "yes" : "no ") > "
      while true {
        switch input.readLine(prompt: prompt) {
        case .end: return nil
        case .interrupted: continue
        case .line(let answer):
          let word = answer.trimmingCharacters(in: .whitespaces).lowercased()
          if word.isEmpty { break }
          guard let value = ["y": true, "yes": true, "n": false, "no": false][word] else {
            output("Answer y, n, or press Enter to keep \(current ? "yes" : "no").\n")
            continue
          }
          if value != current { settings.append((item, value)) }
        }
        break
      }
    }
    while true {
      switch input.readLine(prompt: "comment > ") {
      case .end: return nil
      case .interrupted: continue
      case .line(let comment): return review(settings: settings, comment: comment.trimmingCharacters(in: .whitespaces))
      }
    }
  }
}
