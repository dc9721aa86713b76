import Foundation
import Yams

/// The optional `rebound.yaml` at the root of the working folder:
///
/// ```yaml
/// certification:
///   exam_passes_needed: 2
///   pass_mark: 80
/// trusted_keys:            # exam stations and proctors (from `rebound keys new`)
///   - ed25519:…
/// ```
///
/// A bad file is reported as `file:line:col: error: …`, never a crash.
public struct ReboundConfig: Sendable, Equatable {
  public var certification: CertificationRule

  public static let fileName = "rebound.yaml"
  public static let defaults = ReboundConfig(certification: .defaults)

  public init(certification: CertificationRule) { self.certification = certification }

  /// Every problem in the file.
  public struct Invalid: Error, Equatable, CustomStringConvertible {
    public var diagnostics: [SourceDiagnostic]
    public var description: String { diagnostics.map(\.rendered).joined(separator: "\n") }
  }

  /// Reads the file when it exists; the defaults when it does not.
  public static func load(file: String) throws(Invalid) -> ReboundConfig {
    guard FileManager.default.fileExists(atPath: file) else { return defaults }
    guard let data = FileManager.default.contents(atPath: file) else {
      throw Invalid(diagnostics: [SourceDiagnostic(file: file, line: 0, column: 0, message: "cannot read the file")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw Invalid(diagnostics: [.notUTF8(file: file, bytes: data)])
    }
    return try parse(text, file: file)
  }

  static let topKeys = ["certification", "trusted_keys"]
  static let certificationKeys = ["exam_passes_needed", "pass_mark"]

  /// Reads the text of a `rebound.yaml`.
  public static func parse(_ text: String, file: String) throws(Invalid) -> ReboundConfig {
    var reader = YAMLNodeReader(file: file, text: text)
    let root: Node?
    do {
      root = try Yams.compose(yaml: text)
    } catch let error as YamlError {
      let (line, column, message) = ScenarioParser.describe(error)
      reader.report(.error, "not valid YAML: \(message)", line: line, column: column)
      throw Invalid(diagnostics: reader.diagnostics)
    } catch {
      reader.report(.error, "not valid YAML: \(error)", line: 0, column: 0)
      throw Invalid(diagnostics: reader.diagnostics)
    }
    var config = defaults
    // An empty file (or only comments) keeps the defaults.
    guard let root, root.tag.rawValue != Tag.Name.null.rawValue else { return config }
    let top = reader.mapping(root, named: "rebound.yaml", known: topKeys)
    if let node = top?["certification"] {
      if let keys = reader.mapping(node, named: "certification", known: certificationKeys) {
        if let needed = reader.integer(keys["exam_passes_needed"], named: "certification.exam_passes_needed", in: 1...100) {
          config.certification.examPassesNeeded = needed
        }
        if let mark = reader.integer(keys["pass_mark"], named: "certification.pass_mark", in: 0...100) {
          config.certification.passMark = mark
        }
      }
    }
    if let node = top?["trusted_keys"], let keys = reader.texts(node, named: "trusted_keys")
    {
      for key in keys where !SessionSignature.isPublicKey(key) {
        reader.error("trusted_keys: '\(SafeText.visible(key))' is not a public key ('ed25519:' and 44 characters of base64, as `rebound keys new` prints)", at: node)
      }
      config.certification.trustedKeys = keys
    }
    if reader.diagnostics.hasErrors { throw Invalid(diagnostics: reader.diagnostics) }
    return config
  }
}
