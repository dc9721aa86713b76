import Foundation

/// Text written to a file handle in large pieces, remembering the first write that failed
/// (reports and spools check it once, when they finish).
final class BufferedWriter {
  let handle: FileHandle
  private var buffer = ""
  private(set) var failure: (any Error)?

  init(handle: FileHandle) {
    self.handle = handle
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

  func flush() {
    guard !buffer.isEmpty else { return }
    if failure == nil {
      do { try handle.write(contentsOf: Data(buffer.utf8)) } catch { failure = error }
    }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Drops what is buffered and not yet written.
  func discardBuffer() { buffer = "" }
}
