import Crypto
import Foundation

/// Scenario ids, trainee names and other names that become parts of file names.
public enum ScenarioID {
  /// A plain slug: `lost-pants`, `late-flight-2`.
  public static func isValid(_ id: String) -> Bool {
    guard !id.isEmpty, id.count <= 64, !id.hasPrefix("-"), !id.hasSuffix("-"), !id.contains("--") else { return false }
    return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
  }
}

enum ScenarioHash {
  /// The first 16 hex digits of the SHA-256 of the text's UTF-8 bytes.
  static func of(_ text: String) -> String {
    Hex.string(SHA256.hash(data: Data(text.utf8)).prefix(8))
  }
}
