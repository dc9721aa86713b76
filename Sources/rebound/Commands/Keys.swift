import ArgumentParser
import Foundation
import ReboundKit

extension Rebound {
  struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Make the keys that sign exams.",
      subcommands: [New.self]
    )

    struct New: ParsableCommand {
      static let configuration = CommandConfiguration(
        abstract: "Make a key pair for an exam station or a proctor.",
        discussion: """
          Writes NAME.key (the private key: keep it where trainees cannot read it) and NAME.pub
          (the public key) and prints the public key. List it under trusted_keys in rebound.yaml;
          sessions played with `rebound play --signing-key NAME.key` (or $REBOUND_SIGNING_KEY)
          are then signed, and only signed exams count toward certification. See docs/trust.md.
          Examples:
            rebound keys new front-desk
            rebound keys new proctor-maria --dir /etc/rebound
          """
      )

      @Argument(help: "The key's name: letters, digits, '.', '_' or '-'.")
      var name: String

      @Option(help: ArgumentHelp("Where the two files go (default: the current folder).", valueName: "dir"))
      var dir: String = "."

      func validate() throws {
        do { _ = try TraineeName.validated(name) } catch {
          throw ValidationError("key name '\(SafeText.visible(name))' is not allowed: use letters, digits, '.', '_' or '-'")
        }
      }

      func run() throws {
        let folder = URL(fileURLWithPath: dir, isDirectory: true)
        let privateFile = folder.appendingPathComponent(name + ".key"), publicFile = folder.appendingPathComponent(name + ".pub")
        for file in [privateFile, publicFile] where FileManager.default.fileExists(atPath: file.path) {
          Console.error("error: \(file.path) exists; a key is never overwritten (choose another name or remove it)")
          throw ExitCode(1)
        }
        let (privateKey, publicKey) = SessionSignature.newKeyPair()
        do {
          try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
          // Readable by its owner only, from the moment it exists.
          guard FileManager.default.createFile(atPath: privateFile.path, contents: Data(privateKey.utf8), attributes: [.posixPermissions: 0o600])
          else { throw CocoaError(.fileWriteNoPermission) }
          try Data((publicKey + "\n").utf8).write(to: publicFile)
        } catch {
          Console.error("error: cannot write the key files in \(folder.path): \(error.localizedDescription)")
          throw ExitCode(1)
        }
        Console.write(
          """
          wrote \(privateFile.path) (private: keep it from trainees) and \(publicFile.path)
          public key: \(publicKey)
          add it to rebound.yaml:
            trusted_keys:
              - \(publicKey)

          """)
      }
    }
  }
}
