public import Foundation

/// The scenarios found in files and folders, with every problem in every file. A broken file
/// never stops the others from loading.
public struct ScenarioLibrary: Sendable {
  /// The scenarios that loaded without errors, sorted by id.
  public var scenarios: [Scenario]
  /// Every problem in every file, in file order.
  public var diagnostics: [SourceDiagnostic]
  /// The files that were read.
  public var files: [String]

  /// The folder of scenarios: `$REBOUND_SCENARIOS`, else `scenarios` (relative, so messages
  /// name files as a person typed them).
  public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    if let path = environment["REBOUND_SCENARIOS"], !path.isEmpty { return path }
    return "scenarios"
  }

  /// Reads every `.yaml`/`.yml` file in the given files and folders (folders recursively).
  public static func load(paths: [String]) -> ScenarioLibrary {
    var files: [String] = []
    var diagnostics: [SourceDiagnostic] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        diagnostics.append(SourceDiagnostic(file: path, line: 0, column: 0, message: "no such file or folder"))
        continue
      }
      if isDirectory.boolValue {
        files += scenarioFiles(in: path)
      } else {
        files.append(path)
      }
    }
    var scenarios: [Scenario] = []
    // Parsing is most of a start for `play` and `list`: the files are read on every core.
    let fileList = files
    for (scenario, problems) in ParallelMap.map(count: fileList.count, { loadFile(fileList[$0]) }) {
      diagnostics += problems
      if let scenario { scenarios.append(scenario) }
    }
    diagnostics += duplicateIDs(scenarios)
    return ScenarioLibrary(
      scenarios: scenarios.sorted { $0.id < $1.id }, diagnostics: diagnostics, files: files)
  }

  /// The scenario `id` alone, read from `<directory>/<id>.yaml` when that file holds it
  /// without errors (a file's name must match its id), else every file in the folder as
  /// `load(paths:)` reads them: one file is all `play` needs, and reading nine was most of its start.
  public static func load(scenario id: String, in directory: String) -> ScenarioLibrary {
    for suffix in [".yaml", ".yml"] where !id.isEmpty && !id.contains("/") {
      let file = (directory as NSString).appendingPathComponent(id + suffix)
      guard FileManager.default.fileExists(atPath: file) else { continue }
      let (scenario, problems) = loadFile(file)
      if let scenario, scenario.id == id, problems.allSatisfy({ $0.severity != .error }) {
        return ScenarioLibrary(scenarios: [scenario], diagnostics: problems, files: [file])
      }
    }
    return load(paths: [directory])
  }

  public init(scenarios: [Scenario], diagnostics: [SourceDiagnostic], files: [String]) {
    self.scenarios = scenarios
    self.diagnostics = diagnostics
    self.files = files
  }

  /// Reads one scenario file.
  public static func loadFile(_ file: String) -> (Scenario?, [SourceDiagnostic]) {
    if let size = InputLimits.size(of: file),
      let problem = InputLimits.sizeProblem(bytes: size, limit: InputLimits.scenarioBytes, what: "scenario file")
    {
      return (nil, [SourceDiagnostic(file: file, line: 0, column: 0, message: problem)])
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      return (nil, [SourceDiagnostic(file: file, line: 0, column: 0, message: "cannot read the file")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return (nil, [.notUTF8(file: file, bytes: data)])
    }
    let stem = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
    return ScenarioParser(file: file, text: text, expectedID: stem).parse()
  }

  public func scenario(id: String) -> Scenario? { scenarios.first { $0.id == id } }

  /// Scenario files in a folder and below it, sorted.
  public static func scenarioFiles(in directory: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: directory) else { return [] }
    var found: [String] = []
    while let relative = enumerator.nextObject() as? String {
      guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
      found.append((directory as NSString).appendingPathComponent(relative))
    }
    return found.sorted()
  }

  private static func duplicateIDs(_ scenarios: [Scenario]) -> [SourceDiagnostic] {
    var seen: [String: String] = [:]
    var problems: [SourceDiagnostic] = []
    for scenario in scenarios {
      if let first = seen[scenario.id] {
        problems.append(
          SourceDiagnostic(
            file: scenario.file, line: 0, column: 0, message: "scenario id '\(scenario.id)' is also used by \(first)"))
      } else {
        seen[scenario.id] = scenario.file
      }
    }
    return problems
  }
}
