import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the built `rebound` executable, as swift-argument-parser's example tests do: it sits
/// in the products directory, beside the test bundle.
enum ReboundBinary {
  struct Outcome: Sendable {
    var stdout: String
    var stderr: String
    var status: Int32
  }

  /// The package root, three levels up from this file (Tests/ReboundCLITests/…).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The products directory holding the test bundle, and the `.build/debug` of the package.
  static var candidates: [URL] {
    let bundle = Bundle.main.bundleURL
    let products = bundle.pathExtension == "xctest" ? bundle.deletingLastPathComponent() : bundle
    var urls = [products.appendingPathComponent("rebound")]
    if let executable = Bundle.main.executableURL {
      urls.append(executable.deletingLastPathComponent().appendingPathComponent("rebound"))
    }
    urls.append(packageRoot.appendingPathComponent(".build/debug/rebound"))
    return urls
  }

  static func url(sourceLocation: SourceLocation = #_sourceLocation) throws -> URL {
    try #require(
      candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
      "no rebound executable in \(candidates.map(\.path)); run `swift build` first", sourceLocation: sourceLocation)
  }

  /// The environment for the child: this process's, without colour settings unless given.
  static func environment(_ extra: [String: String]) -> [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = nil
    environment["TERM"] = "xterm-256color"
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// Runs `rebound` with the arguments, feeding `stdin`, in `directory`.
  static func run(
    _ arguments: [String], stdin: String? = nil, environment: [String: String] = [:], in directory: URL? = nil,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = try url(sourceLocation: sourceLocation)
    process.arguments = arguments
    process.environment = Self.environment(environment)
    if let directory { process.currentDirectoryURL = directory }
    let output = Pipe(), error = Pipe(), input = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a full pipe cannot block the child.
    let group = DispatchGroup()
    nonisolated(unsafe) var errorData = Data()
    DispatchQueue.global().async(group: group) { errorData = error.fileHandleForReading.readDataToEndOfFile() }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Outcome(
      stdout: String(decoding: outputData, as: UTF8.self), stderr: String(decoding: errorData, as: UTF8.self),
      status: process.terminationStatus)
  }

  /// Runs `rebound` with its standard output on a pseudo-terminal, as a trainee's shell would,
  /// and returns what it printed there (stderr and stdin are left as they are).
  static func runOnTerminal(
    _ arguments: [String], environment: [String: String] = [:], sourceLocation: SourceLocation = #_sourceLocation
  ) throws -> String {
    let (master, name) = try openPseudoTerminal(sourceLocation: sourceLocation)
    defer { close(master) }
    let slaveDescriptor = open(name, O_RDWR | O_NOCTTY)
    try #require(slaveDescriptor >= 0, "cannot open \(name)", sourceLocation: sourceLocation)
    let slave = FileHandle(fileDescriptor: slaveDescriptor, closeOnDealloc: true)

    let process = Process()
    process.executableURL = try url(sourceLocation: sourceLocation)
    process.arguments = arguments
    process.environment = Self.environment(environment)
    process.standardOutput = slave
    process.standardInput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    try slave.close()

    // Read until the child closes its end (EIO on Linux, 0 elsewhere).
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    process.waitUntilExit()
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension ReboundBinary {
  /// Whether this machine can give the tests a pseudo-terminal.
  static var hasPseudoTerminals: Bool { FileManager.default.fileExists(atPath: "/dev/ptmx") }

  /// The master side of a new pseudo-terminal and the path of its slave side.
  static func openPseudoTerminalForTests(sourceLocation: SourceLocation = #_sourceLocation) throws -> (Int32, String) {
    try openPseudoTerminal(sourceLocation: sourceLocation)
  }

  fileprivate static func openPseudoTerminal(sourceLocation: SourceLocation) throws -> (Int32, String) {
    #if canImport(Glibc)
      // Glibc's posix_openpt, unlockpt and ptsname are not visible to Swift; their ioctls are
      // (TIOCSPTLCK and TIOCGPTN, the same numbers on every Linux architecture Swift runs on).
      let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      try #require(master >= 0, "cannot open /dev/ptmx", sourceLocation: sourceLocation)
      var unlock: CInt = 0
      var number: CUnsignedInt = 0
      let unlocked = ioctl(master, 0x4004_5431, &unlock)
      let numbered = ioctl(master, 0x8004_5430, &number)
      try #require(unlocked == 0 && numbered == 0, "cannot set up the pseudo-terminal", sourceLocation: sourceLocation)
      return (master, "/dev/pts/\(number)")
    #else
      let master = posix_openpt(O_RDWR | O_NOCTTY)
      try #require(master >= 0, "no pseudo-terminal available", sourceLocation: sourceLocation)
      try #require(grantpt(master) == 0 && unlockpt(master) == 0, sourceLocation: sourceLocation)
      let name = try #require(ptsname(master).map { String(cString: $0) }, sourceLocation: sourceLocation)
      return (master, name)
    #endif
  }
}

/// A fresh temporary directory for one test's files.
struct TemporaryDirectory: ~Copyable {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory.appendingPathComponent("rebound-cli-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Writes a file and returns its path.
  @discardableResult
  func write(_ name: String, _ text: String) throws -> String {
    let file = url.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
    return file.path
  }

  deinit { try? FileManager.default.removeItem(at: url) }
}
