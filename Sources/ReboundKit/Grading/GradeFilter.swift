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
    if let trainee, header.trainee != trainee { return false }
    if let scenario, header.scenario != scenario { return false }
    if let since {
      guard let started = header.started, String(started.prefix(10)) >= since else { return false }
    }
    return true
  }

  /// Whether `text` is a date `YYYY-MM-DD`.
  public static func isDate(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), let month = Int(parts[1]), let day = Int(parts[2])
    else { return false }
    return (1...12).contains(month) && (1...31).contains(day)
  }
}
