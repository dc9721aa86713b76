import ArgumentParser
import Foundation

/// Where a report goes: standard output, or a file written beside its final name and moved
/// into place when the report is complete (a failed run never leaves half a report).
/// Text is buffered and written in large pieces.
final class ReportSink {
  private let path: String?
  private let handle: FileHandle
  private let partial: String?
  private var buffer = ""
  /// The first write that failed; reported by `finish()`.
  private var failure: (any Error)?

  init(path: String?) throws {
    self.path = path
    guard let path else {
      handle = FileHandle.standardOutput
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
    self.handle = handle
    self.partial = partial
    InterruptCleanup.shared.remove(partial, onInterrupt: true)
  }

  func write(_ text: String) {
    buffer += text
    if buffer.utf8.count >= 1 << 16 { flush() }
  }

  /// Bytes already encoded, after what was written before them.
  func write(data: Data) {
    flush()
    if failure == nil {
      do { try handle.write(contentsOf: data) } catch { failure = error }
    }
  }

  private func flush() {
    guard !buffer.isEmpty else { return }
    if failure == nil {
      do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = error }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes what is left and, for a file, moves it into place.
  func finish() throws {
    flush()
    defer { if let partial { InterruptCleanup.shared.remove(partial, onInterrupt: false) } }
    if let failure {
      if let partial { try? FileManager.default.removeItem(atPath: partial) }
      throw failure
    }
    guard let path, let partial else { return }
    do {
      try handle.close()
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
    buffer = ""
    guard let partial else { return }
    InterruptCleanup.shared.remove(partial, onInterrupt: false)
    try handle.close()
    try FileManager.default.removeItem(atPath: partial)
  }
}
