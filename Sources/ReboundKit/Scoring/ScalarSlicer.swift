/// Cuts a string at Unicode-scalar offsets, walking its UTF-8 bytes once for all the offsets
/// it needs.
struct ScalarSlicer {
  private let text: String
  /// The scalar offsets asked for that fall inside the text, sorted, and where each starts.
  private var offsets: [Int] = []
  private var indices: [String.Index] = []

  init(text: String, offsets wanted: [Int]) {
    self.text = text
    let sorted = wanted.sorted()
    // A copy to call `withUTF8` on; it shares the text's storage.
    var contiguous = text
    var byteOffsets: [Int] = []
    byteOffsets.reserveCapacity(sorted.count)
    contiguous.withUTF8 { bytes in
      var offset = 0
      var i = 0
      for target in sorted where offsets.last != target {
        while offset < target && i < bytes.count {
          // Step over one scalar: its lead byte and any continuation bytes.
          i += 1
          while i < bytes.count && bytes[i] & 0xC0 == 0x80 { i += 1 }
          offset += 1
        }
        guard offset == target else { break }
        offsets.append(target)
        byteOffsets.append(i)
      }
    }
    let view = text.utf8
    indices = byteOffsets.map { view.index(view.startIndex, offsetBy: $0) }
  }

  private func index(of offset: Int) -> String.Index? {
    var lo = 0, hi = offsets.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if offsets[mid] < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo < offsets.count && offsets[lo] == offset ? indices[lo] : nil
  }

  func slice(_ span: TextSpan) -> String {
    guard let start = index(of: span.start), let end = index(of: span.end), start <= end else { return "" }
    return String(text.unicodeScalars[start..<end])
  }
}
