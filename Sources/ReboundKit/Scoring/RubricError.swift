/// A problem in a rule file: where (a path such as `rules[3].phrases[1]`, turned into
/// `file:line:col` by the loader) and what is wrong.
public struct RubricError: Error, Equatable, CustomStringConvertible, Sendable {
  public var file: String?
  public var line: Int?
  public var column: Int?
  public var path: String
  public var message: String

  init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String {
    var location = file ?? "rubric"
    if let line { location += ":\(line)" }
    if let column { location += ":\(column)" }
    let at = path.isEmpty ? "" : "\(path): "
    return "\(location): error: \(at)\(message)"
  }
}
