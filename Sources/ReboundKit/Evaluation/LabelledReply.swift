/// One line of a labelled corpus (the format of `LABELS.md`).
public struct LabelledReply: Sendable, Equatable {
  public var text: String
  public var labels: Set<Label>
  public var scenario: String?
  public var id: String?
  /// 1-based line number in its file.
  public var line: Int

  public init(text: String, labels: Set<Label>, scenario: String? = nil, id: String? = nil, line: Int) {
    self.text = text
    self.labels = labels
    self.scenario = scenario
    self.id = id
    self.line = line
  }
}

/// A problem on one line of an input file, printed `file:line: message`.
public struct LineDiagnostic: Error, Sendable, Equatable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var message: String

  public init(file: String, line: Int, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String { "\(file):\(line): \(message)" }
}
