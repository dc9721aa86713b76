import Foundation

/// Text set aside in a temporary file while a report streams, and copied into the report
/// once what comes before it is known (the HTML report's transcripts, after its summary):
/// memory holds a buffer, never the whole text.
final class ReportSpool {
  private let output: BufferedWriter

  /// Creates the file and removes its name at once: the open handle keeps the data, and the
  /// system frees it when the handle closes, so nothing is left behind whatever ends the run
  /// (an error, Ctrl-C, a closed pipe, a crash).
  init() throws {
    let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("rebound-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString).spool")
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forUpdatingAtPath: path) else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "cannot create a temporary file in \(NSTemporaryDirectory())"])
    }
    try? FileManager.default.removeItem(atPath: path)
    output = BufferedWriter(handle: handle)
  }

  func write(_ text: String) { output.write(text) }

  /// Copies everything written into `sink`, a megabyte at a time, and closes the file.
  func copy(into sink: ReportSink) throws {
    try readBack { sink.write(data: $0) }
  }

  /// Reads back everything written, a line at a time (without its newline), and closes the file.
  func forEachLine(_ body: (String) -> Void) throws {
    var pending: [UInt8] = []
    try readBack { chunk in
      pending += chunk
      var start = pending.startIndex
      while let end = pending[start...].firstIndex(of: UInt8(ascii: "\n")) {
        body(String(decoding: pending[start..<end], as: UTF8.self))
        start = end + 1
      }
      pending.removeSubrange(..<start)
    }
    if !pending.isEmpty { body(String(decoding: pending, as: UTF8.self)) }
  }

  /// Everything written, from the start, a megabyte at a time; then the file is closed.
  private func readBack(_ body: (Data) -> Void) throws {
    output.flush()
    defer { discard() }
    if let failure = output.failure { throw failure }
    try output.handle.seek(toOffset: 0)
    while let chunk = try output.handle.read(upToCount: 1 << 20), !chunk.isEmpty { body(chunk) }
  }

  func discard() {
    try? output.handle.close()
  }
}
