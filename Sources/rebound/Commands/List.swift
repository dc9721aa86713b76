import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the scenarios: id, title and difficulty.",
      discussion: "Files with errors are left out and counted on standard error; `rebound lint` shows why."
    )

    @OptionGroup var scenarios: ScenarioOptions

    func run() throws {
      let library = scenarios.load()
      guard !library.files.isEmpty else {
        Console.error("no scenario files (.yaml) in \(scenarios.path)")
        throw ExitCode(1)
      }
      let broken = Set(library.diagnostics.filter { $0.severity == .error }.map(\.file))
      Console.write(ScenarioTable.render(library.scenarios))
      if !broken.isEmpty {
        Console.error("\(broken.count) scenario file\(broken.count == 1 ? " has" : "s have") errors and \(broken.count == 1 ? "is" : "are") not listed; run: rebound lint \(scenarios.path)")
      }
    }
  }
}
