import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Files to delete when the run is interrupted (Ctrl-C, a closed terminal, `kill`): a report
/// being written beside its final name, a spool. Without this an interrupted `grade` left a
/// `.partial` file behind.
final class InterruptCleanup: @unchecked Sendable {
  static let shared = InterruptCleanup()

  private let lock = NSLock()
  private var paths: Set<String> = []
  private var sources: [any DispatchSourceSignal] = []

  /// Deletes `path` if the run is interrupted before `forget(_:)`.
  func deleteOnInterrupt(_ path: String) {
    lock.withLock {
      paths.insert(path)
      if sources.isEmpty { install() }
    }
  }

  /// Stops deleting `path` on an interrupt (it was moved into place or removed).
  func forget(_ path: String) {
    lock.withLock { _ = paths.remove(path) }
  }

  private func install() {
    for signalNumber in [SIGINT, SIGTERM, SIGHUP] {
      signal(signalNumber, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
      source.setEventHandler { [weak self] in self?.interrupted(by: signalNumber) }
      source.resume()
      sources.append(source)
    }
  }

  private func interrupted(by signalNumber: Int32) {
    let doomed = lock.withLock { paths }
    for path in doomed { unlink(path) }
    // The conventional status of a run stopped by a signal.
    _exit(128 + signalNumber)
  }
}
