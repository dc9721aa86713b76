/// Which transcripts a report keeps: `--trainee`, `--scenario`, `--since`.
public struct GradeFilter: Sendable, Equatable {
  public var trainee: String?
  public var scenario: String?
  /// `YYYY-MM-DD`: sessions started on or after this day.
  public var since: String?

  public init(trainee: String? = nil, scenario: String? = nil, since: String? = nil) {
    self.trainee = trainee
    self.scenario = scenario
    self.since = since
  }

  public func keeps(_ header: TranscriptHeader) -> Bool {
    keeps(trainee: header.trainee, scenario: header.scenario, started: header.started)
  }

  func keeps(trainee given: String, scenario named: String, started: String?) -> Bool {
    if let trainee, given != trainee { return false }
    if let scenario, named != scenario { return false }
    if let since {
      guard let started, String(started.prefix(10)) >= since else { return false }
    }
    return true
  }

  /// Whether the filter keeps every transcript.
  var keepsAll: Bool { trainee == nil && scenario == nil && since == nil }

  /// Whether `text` is a date `YYYY-MM-DD`.
  public static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
