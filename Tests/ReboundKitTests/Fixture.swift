import Foundation
import Testing

/// The files in `Fixtures/`, copied into the test bundle by `resources: [.copy("Fixtures")]`.
enum Fixture {
  /// The URL of a fixture file, such as `"malformed.jsonl"` or `"scenarios/lost-pants.yaml"`.
  static func url(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
    let folder = try #require(
      Bundle.module.url(forResource: "Fixtures", withExtension: nil),
      "the Fixtures folder is missing from the test bundle", sourceLocation: sourceLocation)
    let url = folder.appendingPathComponent(name)
    try #require(
      FileManager.default.fileExists(atPath: url.path), "no fixture named \(name)", sourceLocation: sourceLocation)
    return url
  }

  /// The text of a fixture file.
  static func text(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
    try String(contentsOf: url(name, sourceLocation: sourceLocation), encoding: .utf8)
  }
}
