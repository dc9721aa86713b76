public import Foundation

/// Reads a labelled corpus (JSON Lines), keeping every good line and reporting every bad one.
public enum CorpusReader {
  public struct Result: Sendable {
    public var replies: [LabelledReply]
    public var problems: [LineDiagnostic]
  }

  /// - Parameter texts: where lines that carry only an `id` (no `text`) find their text.
  public static func read(contentsOf url: URL, displayName: String? = nil, texts: ReplyTexts? = nil) throws -> Result {
    let name = displayName ?? url.path
    return try parse(LineDiagnostic.contents(of: url, name: name), file: name, texts: texts)
  }

  /// Parses a corpus file's bytes; only a file that is not UTF-8 throws.
  public static func parse(_ data: Data, file: String, texts: ReplyTexts? = nil) throws(LineDiagnostic) -> Result {
    if let text = String(data: data, encoding: .utf8) { return parse(text, file: file, texts: texts) }
    // Some bytes are not UTF-8: each such line is reported where its first bad byte is, and
    // every other line is read as usual.
    var result = Result(replies: [], problems: [])
    var lineNumber = 0
    for lineBytes in data.split(separator: 0x0A, omittingEmptySubsequences: false) {
      lineNumber += 1
      if let position = UTF8Position.firstInvalid(in: lineBytes) {
        result.problems.append(
          LineDiagnostic(file: file, line: lineNumber, message: "not UTF-8 text at byte \(position.column) of the line; the line was not read"))
        continue
      }
      let line = parse(String(decoding: lineBytes, as: UTF8.self), file: file, texts: texts)
      result.replies += line.replies.map { reply in
        var reply = reply
        reply.line = lineNumber
        return reply
      }
      result.problems += line.problems.map { LineDiagnostic(file: $0.file, line: lineNumber, message: $0.message) }
    }
    return result
  }

  public static func parse(_ text: String, file: String, texts: ReplyTexts? = nil) -> Result {
    var replies: [LabelledReply] = []
    var problems: [LineDiagnostic] = []
    var lineNumber = 0
    // Lines end at "\n" only (a "\r" before it is trimmed): JSON strings may hold U+2028,
    // U+2029 or U+0085, which must not cut a line.
    for rawLine in text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false) {
      lineNumber += 1
      let line = String(String.UnicodeScalarView(rawLine)).trimmingCharacters(in: .whitespaces.union(CharacterSet(charactersIn: "\r")))
      if line.isEmpty { continue }
      switch parseLine(line, number: lineNumber, texts: texts) {
      case .success(let reply): replies.append(reply)
      case .failure(let message): problems.append(LineDiagnostic(file: file, line: lineNumber, message: message.text))
      }
    }
    return Result(replies: replies, problems: problems)
  }

  struct Message: Error { var text: String }

  static func parseLine(_ line: String, number: Int, texts: ReplyTexts? = nil) -> Swift.Result<LabelledReply, Message> {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(line.utf8), options: [])
    } catch {
      return .failure(Message(text: "not valid JSON (expected one object a line, like {\"text\": \"…\", \"labels\": [\"apologize\"]})"))
    }
    guard let fields = object as? [String: Any] else {
      return .failure(Message(text: "expected a JSON object with \"text\" and \"labels\""))
    }
    if let id = fields["id"], !(id is String) { return .failure(Message(text: "\"id\" must be a string")) }
    let text: String
    if let textValue = fields["text"] {
      guard let string = textValue as? String else { return .failure(Message(text: "\"text\" must be a string")) }
      text = string
    } else if let id = fields["id"] as? String {
      guard let texts else {
        return .failure(Message(text: "no \"text\", only the id '\(id)': give --texts FILE to read the texts by id"))
      }
      guard let joined = texts[id] else {
        return .failure(Message(text: "no text for id '\(id)' in \(texts.source)"))
      }
      text = joined
    } else {
      return .failure(Message(text: "missing \"text\" (or an \"id\" to read it from --texts FILE)"))
    }
    guard let labelsValue = fields["labels"] else {
      return .failure(Message(text: "missing \"labels\" (use [] for a reply with no label)"))
    }
    guard let names = labelsValue as? [Any] else {
      return .failure(Message(text: "\"labels\" must be a list of label names"))
    }
    if let problem = InputLimits.replyProblem(text) { return .failure(Message(text: problem + "; not read")) }
    var labels: Set<Label> = []
    for name in names {
      guard let name = name as? String else { return .failure(Message(text: "\"labels\" must hold strings")) }
      guard let label = Label(rawValue: name) else {
        return .failure(Message(text: "unknown label '\(name)'\(suggestion(name, among: Label.allCases.map(\.rawValue))); valid labels: \(Label.validNames)"))
      }
      labels.insert(label)
    }
    var scenario: String?
    if let value = fields["scenario"], !(value is NSNull) {
      guard let id = value as? String else { return .failure(Message(text: "\"scenario\" must be a string")) }
      scenario = id
    }
    var offer: Offer?
    if let value = fields["offer"], !(value is NSNull) {
      guard let name = value as? String else { return .failure(Message(text: "\"offer\" must be a string")) }
      guard let parsed = Offer(rawValue: name) else {
        return .failure(Message(text: "unknown offer '\(name)'\(suggestion(name, among: Offer.allCases.map(\.rawValue))); valid offers: \(Offer.validNames) (docs/extras.md)"))
      }
      if parsed != .neither && !labels.contains(.answer) {
        return .failure(Message(text: "offer '\(name)' without the label 'answer': every concrete offer is an answer (docs/extras.md)"))
      }
      if parsed == .neither && labels.contains(.answer) {
        return .failure(Message(text: "offer 'neither' with the label 'answer': an answer offers something; say which (docs/extras.md)"))
      }
      offer = parsed
    }
    return .success(
      LabelledReply(text: text, labels: labels, scenario: scenario, id: fields["id"] as? String, offer: offer, line: number))
  }
}
