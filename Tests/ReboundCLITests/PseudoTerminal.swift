import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `rebound` process whose standard input, output and error are a pseudo-terminal, run as
/// the leader of its own session with that terminal as its controlling terminal (through
/// util-linux `setsid --ctty`), so Ctrl-C from the keyboard reaches it as a trainee's would.
final class PseudoTerminalSession {
  private let master: Int32
  private let process = Process()
  /// Everything the program printed so far.
  private(set) var screen = ""

  static var isAvailable: Bool {
    #if os(Linux)
      FileManager.default.fileExists(atPath: "/dev/ptmx") && FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid")
    #else
      false
    #endif
  }

  init(_ arguments: [String], environment: [String: String] = [:], in directory: URL? = nil) throws {
    let (master, name) = try ReboundBinary.openPseudoTerminalForTests()
    self.master = master
    let slave = open(name, O_RDWR | O_NOCTTY)
    try #require(slave >= 0, "cannot open \(name)")
    let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    process.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
    process.arguments = ["--ctty", try ReboundBinary.url().path] + arguments
    process.environment = ReboundBinary.environment(environment)
    if let directory { process.currentDirectoryURL = directory }
    process.standardInput = handle
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    try handle.close()
  }

  deinit {
    if process.isRunning { process.terminate() }
    close(master)
  }

  /// Types bytes as a keyboard would.
  func type(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  /// How much output there is so far, for `waitFor(_:after:)`.
  var mark: Int { screen.utf8.count }

  /// Reads output until `text` has appeared after the `mark` given (default: anywhere), or
  /// the time runs out. Returns whether it appeared.
  @discardableResult
  func waitFor(_ text: String, after mark: Int = 0, timeout: TimeInterval = 30) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if String(decoding: screen.utf8.dropFirst(mark), as: UTF8.self).contains(text) { return true }
      let remaining = deadline.timeIntervalSinceNow
      if remaining <= 0 { return false }
      readAvailable(waitingUpTo: min(remaining, 0.2))
    }
  }

  /// Reads whatever output is ready, waiting up to `seconds` for some.
  func readAvailable(waitingUpTo seconds: TimeInterval) {
    var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
    guard poll(&descriptor, 1, Int32(seconds * 1000)) > 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 8192)
    let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
    if count > 0 { screen += String(decoding: buffer[0..<count], as: UTF8.self) }
  }

  /// Waits for the program to end and returns its exit status.
  func waitForExit(timeout: TimeInterval = 30) -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { readAvailable(waitingUpTo: 0.1) }
    guard !process.isRunning else { return nil }
    readAvailable(waitingUpTo: 0.1)
    return process.terminationStatus
  }
}
