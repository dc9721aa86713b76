/// Takes values back out of a compiled artefact's payload, in the order a `BinaryWriter`
/// wrote them. Every read is bounds-checked: a short or damaged payload throws, never traps.
struct BinaryReader {
  private let bytes: UnsafeRawBufferPointer
  private(set) var offset = 0

  init(_ bytes: UnsafeRawBufferPointer) {
    self.bytes = bytes
  }

  var isAtEnd: Bool { offset == bytes.count }

  private mutating func take(_ count: Int) throws(ArtefactError) -> UnsafeRawBufferPointer {
    guard count >= 0, count <= bytes.count - offset else {
      throw ArtefactError("the payload ends early (wanted \(count) bytes at offset \(offset) of \(bytes.count))")
    }
    defer { offset += count }
    return UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + count)])
  }

  mutating func readInteger<T: FixedWidthInteger>(_ type: T.Type) throws(ArtefactError) -> T {
    let slice = try take(MemoryLayout<T>.size)
    return T(littleEndian: slice.loadUnaligned(as: T.self))
  }

  mutating func readInt() throws(ArtefactError) -> Int {
    let value = try readInteger(Int64.self)
    guard let int = Int(exactly: value) else { throw ArtefactError("a count or number \(value) is out of range") }
    return int
  }

  mutating func readDouble() throws(ArtefactError) -> Double { Double(bitPattern: try readInteger(UInt64.self)) }

  mutating func readBool() throws(ArtefactError) -> Bool {
    switch try readInteger(UInt8.self) {
    case 0: return false
    case 1: return true
    case let other: throw ArtefactError("expected 0 or 1 for a flag at offset \(offset - 1), found \(other)")
    }
  }

  /// A count of elements that each take at least `minimumElementSize` bytes: never more
  /// than the rest of the payload could hold, so damage cannot ask for a huge allocation.
  mutating func readCount(minimumElementSize: Int) throws(ArtefactError) -> Int {
    let count = try readInt()
    guard count >= 0, count <= (bytes.count - offset) / max(1, minimumElementSize) else {
      throw ArtefactError("a count of \(count) at offset \(offset - 8) does not fit in the payload")
    }
    return count
  }

  mutating func readString() throws(ArtefactError) -> String {
    let count = try readCount(minimumElementSize: 1)
    let slice = try take(count)
    // The payload's hash was checked before reading, so its text is what the writer wrote.
    return String(decoding: slice, as: UTF8.self)
  }

  /// An array `BinaryWriter.writeRaw` wrote, in one copy.
  mutating func readRaw<T: FixedWidthInteger & BitwiseCopyable>(_ type: T.Type) throws(ArtefactError) -> [T] {
    let count = try readCount(minimumElementSize: MemoryLayout<T>.size)
    let slice = try take(count * MemoryLayout<T>.size)
    return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
      UnsafeMutableRawBufferPointer(buffer).copyMemory(from: slice)
      #if _endian(big)
      for i in 0..<count { buffer[i] = T(littleEndian: buffer[i]) }
      #endif
      initialized = count
    }
  }

  mutating func read<T: BinaryCodable>(_ type: T.Type) throws(ArtefactError) -> T { try T(from: &self) }
}

/// A compiled artefact that cannot be used as it is.
struct ArtefactError: Error, CustomStringConvertible {
  var message: String

  init(_ message: String) {
    self.message = message
  }

  var description: String { message }
}
