import ArgumentParser
import Foundation
import ReboundKit

/// `--signing-key FILE` (default `$REBOUND_SIGNING_KEY`): the private key that signs a session
/// (`play`) or a review (`review`). See docs/trust.md.
struct SigningKeyOption: ParsableArguments {
  @Option(
    name: .customLong("signing-key"),
    help: ArgumentHelp("Sign with this private key from `rebound keys new` (default: $REBOUND_SIGNING_KEY).", valueName: "file"))
  var file: String?

  /// The key, or nil when none is given; a key that cannot be read stops the command (exit 2).
  func load(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> SigningKey? {
    guard let path = file ?? environment["REBOUND_SIGNING_KEY"].flatMap({ $0.isEmpty ? nil : $0 }) else { return nil }
    do {
      return try SessionSignature.signingKey(contentsOf: URL(fileURLWithPath: path))
    } catch {
      Console.error("error: \(error.description)")
      throw ExitCode(2)
    }
  }
}
