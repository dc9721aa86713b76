/// A trainee's name as it goes into a transcript and its file name: it can never name a path
/// outside the transcripts folder.
public enum TraineeName {
  public struct Invalid: Error, CustomStringConvertible, Sendable {
    public let name: String
    public var description: String {
      "trainee name '\(SafeText.visible(name))' is not allowed: use letters, digits, '.', '_' or '-' (at most 64), not starting with '.' or '-'"
    }
  }

  public static func validated(_ name: String) throws(Invalid) -> String {
    let allowed = name.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0)
    }
    guard !name.isEmpty, name.count <= 64, allowed, !name.hasPrefix("."), !name.hasPrefix("-") else {
      throw Invalid(name: name)
    }
    return name
  }

  /// The login name made safe, or "trainee".
  public static func defaultName(environment: [String: String]) -> String {
    let login = environment["USER"] ?? environment["LOGNAME"] ?? ""
    return (try? validated(login)) ?? "trainee"
  }
}
