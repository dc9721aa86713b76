import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check scenario files and report every problem with its file, line and column.",
      discussion: """
        Exits 1 when any file has an error (warnings alone exit 0).
        Examples:
          rebound lint
          rebound lint scenarios/lost-pants.yaml my-scenarios/
        """
    )

    @Argument(help: "Scenario files or folders (default: the scenarios folder).")
    var paths: [String] = []

    @OptionGroup var scenarios: ScenarioOptions

    func run() throws {
      let library = ScenarioLibrary.load(paths: paths.isEmpty ? [scenarios.path] : paths)
      for diagnostic in library.diagnostics { Console.write(diagnostic.rendered + "\n") }
      let errors = library.diagnostics.errorCount
      let warnings = library.diagnostics.count - errors
      let files = library.files.count
      if files == 0 && library.diagnostics.isEmpty {
        Console.error("no scenario files (.yaml) in \(paths.isEmpty ? scenarios.path : paths.joined(separator: ", "))")
        throw ExitCode(1)
      }
      let summary = "\(files) file\(files == 1 ? "" : "s") checked: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
      Console.error(summary)
      if errors > 0 { throw ExitCode(1) }
    }
  }
}
