import ArgumentParser
import Foundation

/// Where a report goes: standard output, or a file written beside its final name and moved
/// into place when the report is complete (a failed run never leaves half a report).
/// Text is buffered and written in large pieces.
final class ReportSink {
  private let path: String?
  private let partial: String?
  /// The first write that failed is reported by `finish()`.
  private let output: BufferedWriter

  init(path: String?) throws {
    self.path = path
    guard let path else {
      output = BufferedWriter(handle: FileHandle.standardOutput)
      partial = nil
      return
    }
    var isDirectory: ObjCBool = false
    if path.hasSuffix("/") || (FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue) {
      Console.error("error: cannot write \(path): it is a folder; give a file name")
      throw ExitCode(2)
    }
    let partial = path + ".partial"
    guard FileManager.default.createFile(atPath: partial, contents: nil), let handle = FileHandle(forWritingAtPath: partial)
    else {
      Console.error("error: cannot write \(path): cannot create \(partial)")
      throw ExitCode(2)
    }
    output = BufferedWriter(handle: handle)
    self.partial = partial
    InterruptCleanup.shared.deleteOnInterrupt(partial)
  }

  func write(_ text: String) { output.write(text) }

  /// Bytes already encoded, after what was written before them.
  func write(data: Data) { output.write(data: data) }

  /// Writes what is left and, for a file, moves it into place.
  func finish() throws {
    output.flush()
    defer { if let partial { InterruptCleanup.shared.forget(partial) } }
    if let failure = output.failure {
      if let partial { try? FileManager.default.removeItem(atPath: partial) }
      throw failure
    }
    guard let path, let partial else { return }
    do {
      try output.handle.close()
      // rename(2) replaces the old report in one step, and refuses to replace a folder.
      guard rename(partial, path) == 0 else {
        throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: String(cString: strerror(errno))])
      }
    } catch {
      try? FileManager.default.removeItem(atPath: partial)
      throw error
    }
  }

  /// Drops a file report that will not be written.
  func discard() throws {
    output.discardBuffer()
    guard let partial else { return }
    InterruptCleanup.shared.forget(partial)
    try output.handle.close()
    try FileManager.default.removeItem(atPath: partial)
  }
}
