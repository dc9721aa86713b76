import Foundation

/// The text of a new scenario file: the documented template that ships with Rebound, or a
/// copy of an existing scenario, with its `id:` set to the new id.
public enum ScenarioTemplate {
  /// The id the built-in template carries before `rebound new` renames it.
  public static let placeholderID = "new-scenario"

  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// The built-in template's text.
  public static func builtIn() throws(Failure) -> String {
    guard let url = Bundle.module.url(forResource: "scenario-template", withExtension: "yaml"),
      let text = try? String(contentsOf: url, encoding: .utf8)
    else { throw Failure(description: "the built-in scenario template is missing from this build") }
    return text
  }

  /// The text to start from: the built-in template, or with `from` an existing scenario, by
  /// id in `directory` or by file.
  public static func source(from: String?, in directory: String) throws(Failure) -> String {
    guard let from else { return try builtIn() }
    let candidates =
      from.hasSuffix(".yaml") || from.hasSuffix(".yml") || from.contains("/")
      ? [from]
      : ["yaml", "yml"].map { (directory as NSString).appendingPathComponent("\(from).\($0)") }
    for candidate in candidates {
      if let text = try? String(contentsOfFile: candidate, encoding: .utf8) { return text }
    }
    throw Failure(description: "no scenario '\(from)' to start from (looked for \(candidates.joined(separator: " and ")))")
  }

  /// `text` with its top-level `id:` line (the first line starting `id:`) set to `id`.
  public static func renamed(_ text: String, to id: String) throws(Failure) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let index = lines.firstIndex(where: { $0.hasPrefix("id:") }) else {
      throw Failure(description: "the template has no top-level `id:` line")
    }
    lines[index] = Substring("id: \(id)")
    return lines.joined(separator: "\n")
  }

  /// Writes `text` to `file`, refusing to replace a file that exists.
  public static func write(_ text: String, to file: String) throws(Failure) {
    let directory = (file as NSString).deletingLastPathComponent
    if !directory.isEmpty {
      do {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      } catch {
        throw Failure(description: "cannot create the folder \(directory): \(error.localizedDescription)")
      }
    }
    let descriptor = open(file, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else {
      if errno == EEXIST { throw Failure(description: "\(file) already exists; pick another id or edit that file") }
      throw Failure(description: "cannot create \(file): \(String(cString: strerror(errno)))")
    }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    do {
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      unlink(file)
      throw Failure(description: "cannot write \(file): \(error.localizedDescription)")
    }
  }
}
