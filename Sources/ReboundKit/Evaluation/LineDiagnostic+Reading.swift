import Foundation

extension LineDiagnostic {
  /// A file's bytes, or a diagnostic that names it (line 0: the file as a whole) and says why
  /// it could not be read; `what` names the kind of file ("the file", "the texts file").
  static func contents(
    of url: URL, name: String, what: String = "the file", limit: Int = InputLimits.corpusBytes, kind: String = "corpus"
  ) throws(LineDiagnostic) -> Data {
    if let size = InputLimits.size(of: url.path), let problem = InputLimits.sizeProblem(bytes: size, limit: limit, what: kind) {
      throw LineDiagnostic(file: name, line: 0, message: problem)
    }
    do {
      return try Data(contentsOf: url)
    } catch {
      throw LineDiagnostic(file: name, line: 0, message: "cannot read \(what) (\(error.localizedDescription))")
    }
  }
}
