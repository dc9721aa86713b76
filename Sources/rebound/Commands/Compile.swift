import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Compile: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Compile a rule file ahead of time, so every later start loads it at once.",
      discussion: """
        Rebound compiles a rule file the first time it is used and keeps the result in a cache
        ($REBOUND_CACHE_DIR, else $XDG_CACHE_HOME/rebound, else ~/.cache/rebound), keyed by the
        file's SHA-256: an edited file is compiled afresh, never read stale. This command does
        that first compilation now and says where the result is kept. --output writes the
        artefact Rebound bundles (Sources/ReboundKit/Resources/rubric.compiled for the
        built-in rubric).
        Examples:
          rebound compile --rubric my-rubric.yaml
          rebound compile --output Sources/ReboundKit/Resources/rubric.compiled
        """
    )

    @Option(name: .long, help: ArgumentHelp("The rule file (default: the built-in rubric).", valueName: "file"))
    var rubric: String?

    @Option(name: .long, help: ArgumentHelp("Write the bundled artefact here instead of caching.", valueName: "file"))
    var output: String?

    func run() throws {
      let rules = try rubric.map { try Rubric(contentsOf: URL(fileURLWithPath: $0), displayName: $0) } ?? Rubric.builtIn()
      if let output {
        try CompiledRubricStore.bundledArtefact(for: rules).write(to: URL(fileURLWithPath: output), options: .atomic)
        Console.write("wrote \(output) for \(rules.source) (version \(rules.version))\n")
        return
      }
      switch try CompiledRubricStore.prepare(rules) {
      case "built-in"?: Console.write("\(rules.source) is built in and ships compiled: nothing to do\n")
      case let file?: Console.write("compiled \(rules.source) (version \(rules.version)) into \(file)\n")
      case nil:
        Console.write("compiled \(rules.source) (version \(rules.version)); no cache folder could be written, so each start compiles it again\n")
      }
    }
  }
}
