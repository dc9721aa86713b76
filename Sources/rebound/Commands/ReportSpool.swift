import Foundation

/// Text set aside in a temporary file while a report streams, and copied into the report
/// once what comes before it is known (the HTML report's transcripts, after its summary):
/// memory holds a buffer, never the whole text.
final class ReportSpool {
  private let path: String
  private let handle: FileHandle
  private var buffer = ""
  private var failure: (any Error)?

  init() throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("rebound-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).spool")
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot create a temporary file in \(NSTemporaryDirectory())"])
    }
    self.handle = handle
    InterruptCleanup.shared.remove(path, onInterrupt: true)
  }

  func write(_ text: String) {
    buffer += text
    if buffer.utf8.count >= 1 << 16 { flush() }
  }

  private func flush() {
    guard !buffer.isEmpty else { return }
    if failure == nil {
      do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = error }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Copies everything written into `sink`, a megabyte at a time, and deletes the file.
  func copy(into sink: ReportSink) throws {
    flush()
    defer { discard() }
    if let failure { throw failure }
    try handle.seek(toOffset: 0)
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { sink.write(data: chunk) }
  }

  func discard() {
    try? handle.close()
    try? FileManager.default.removeItem(atPath: path)
    InterruptCleanup.shared.remove(path, onInterrupt: false)
  }
}
