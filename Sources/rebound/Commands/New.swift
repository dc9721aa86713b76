import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Write a new scenario file from the documented template, ready to edit.",
      discussion: """
        Writes SCENARIOS/ID.yaml: the built-in template (every key, each with a comment and an \
        example), or a copy of an existing scenario with --from. Never replaces a file.
        Examples:
          rebound new front-desk-noise
          rebound new bike-shop-2 --from bike-repair
          rebound new help-desk --from ~/templates/chat.yaml --scenarios my-scenarios
        """
    )

    @Argument(help: "The new scenario's id: a plain slug (a-z, 0-9, single hyphens), also its file name.")
    var id: String

    @Option(help: ArgumentHelp("Start from this scenario (an id in the scenarios folder, or a .yaml file) instead of the template.", valueName: "template"))
    var from: String?

    @OptionGroup var scenarios: ScenarioOptions

    func validate() throws {
      guard ScenarioID.isValid(id) else {
        throw ValidationError("'\(id)' is not a plain slug: use a-z, 0-9 and single hyphens, e.g. 'front-desk-noise'")
      }
    }

    func run() throws {
      let file = (scenarios.path as NSString).appendingPathComponent("\(id).yaml")
      do {
        let text = try ScenarioTemplate.renamed(try ScenarioTemplate.source(from: from, in: scenarios.path), to: id)
        try ScenarioTemplate.write(text, to: file)
      } catch {
        Console.error("error: \(error)")
        throw ExitCode(1)
      }
      Console.write(
        """
        wrote \(file)
        next: edit it, then
          rebound lint \(file)
          rebound check \(file) --strict
          rebound play \(id)\(scenarios.directory.map { " --scenarios \($0)" } ?? "")

        """)
    }
  }
}
