public import Foundation
import Yams

/// Reads the `hidden.vocabulary` of scenario files (`scenarios/ID.yaml`) for the scorer.
public struct ScenarioVocabularyLoader: Sendable {
  public var directory: URL

  public init(directory: URL) { self.directory = directory }

  public enum LoadError: Error, Equatable, CustomStringConvertible, LocalizedError {
    case unknownScenario(String, directory: String, known: [String])
    case unreadable(file: String, reason: String)

    public var description: String {
      switch self {
      case let .unknownScenario(id, directory, known):
        let list = known.isEmpty ? "it holds no scenario files" : "known: " + known.joined(separator: ", ")
        return "no scenario '\(id)' in \(directory)\(suggestion(id, among: known)) (\(list))"
      case let .unreadable(file, reason):
        return "\(file): \(reason)"
      }
    }

    public var errorDescription: String? { description }
  }

  /// The ids of the scenario files in the directory, sorted.
  public func knownIDs() -> [String] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return files.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
      .map { String($0.prefix(upTo: $0.lastIndex(of: ".") ?? $0.endIndex)) }
      .sorted()
  }

  /// Only `hidden.vocabulary` is read, so a file with problems elsewhere still scores.
  private struct ScenarioVocabularyFile: Decodable {
    struct Hidden: Decodable { var vocabulary: ScenarioVocabulary? }
    var hidden: Hidden?
  }

  public func vocabulary(for id: String) throws -> ScenarioVocabulary {
    let candidates = ["yaml", "yml"].map { directory.appendingPathComponent("\(id).\($0)") }
    guard let url = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) else {
      throw LoadError.unknownScenario(id, directory: directory.path, known: knownIDs())
    }
    do {
      let text = try String(contentsOf: url, encoding: .utf8)
      return try YAMLDecoder().decode(ScenarioVocabularyFile.self, from: text).hidden?.vocabulary ?? ScenarioVocabulary()
    } catch {
      throw LoadError.unreadable(file: url.path, reason: "cannot read its vocabulary (\(error))")
    }
  }
}
