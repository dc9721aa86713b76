public import Foundation

/// Reply texts by id, read from a JSON Lines file of `{"id": …, "text": …}` objects (other
/// keys are ignored): how a corpus that keeps only ids and labels gets its texts, so replies
/// that are not ours never have to be copied into the project.
public struct ReplyTexts: Sendable {
  public let source: String
  /// The SHA-256 of the file's bytes, in hex (empty for texts not read from a file).
  public let sha256: String
  private let texts: [String: String]

  public init(texts: [String: String], source: String, sha256: String = "") {
    self.texts = texts
    self.source = source
    self.sha256 = sha256
  }

  public subscript(id: String) -> String? { texts[id] }

  public var count: Int { texts.count }

  /// Reads the file; a line without a string `id` and `text` is an error with its line.
  public init(contentsOf url: URL, displayName: String? = nil) throws(LineDiagnostic) {
    let name = displayName ?? url.path
    let data = try LineDiagnostic.contents(of: url, name: name, what: "the texts file", kind: "texts file")
    var texts: [String: String] = [:]
    var lineNumber = 0
    for rawLine in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      lineNumber += 1
      guard rawLine.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
      guard let object = try? JSONSerialization.jsonObject(with: Data(rawLine)) as? [String: Any] else {
        throw LineDiagnostic(file: name, line: lineNumber, message: "not a JSON object (expected {\"id\": \"…\", \"text\": \"…\"})")
      }
      guard let id = object["id"] as? String else {
        throw LineDiagnostic(file: name, line: lineNumber, message: "\"id\" must be a string")
      }
      guard let text = object["text"] as? String else {
        throw LineDiagnostic(file: name, line: lineNumber, message: "\"text\" must be a string")
      }
      guard texts[id] == nil else {
        throw LineDiagnostic(file: name, line: lineNumber, message: "id '\(id)' appears twice")
      }
      texts[id] = text
    }
    self.init(texts: texts, source: name, sha256: ModelFile.hexSHA256(data))
  }
}
