/// One line of a labelled corpus (the format of `LABELS.md`).
public struct LabelledReply: Sendable, Equatable {
  public var text: String
  public var labels: Set<Label>
  public var scenario: String?
  public var id: String?
  /// What the reply offers (`docs/extras.md`), when the line is annotated for it.
  public var offer: Offer?
  /// 1-based line number in its file.
  public var line: Int

  public init(text: String, labels: Set<Label>, scenario: String? = nil, id: String? = nil, offer: Offer? = nil, line: Int) {
    self.text = text
    self.labels = labels
    self.scenario = scenario
    self.id = id
    self.offer = offer
    self.line = line
  }

  /// Whether the reply offers something extra: its annotation, or, for a line not annotated
  /// for offers, no when it has no *answer* (every offer is one); unknown otherwise.
  public var offersExtra: Bool? {
    if let offer { return offer.hasExtra }
    return labels.contains(.answer) ? nil : false
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
