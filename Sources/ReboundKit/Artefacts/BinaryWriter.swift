/// Appends values to a compiled artefact's payload, little-endian, in the order a
/// `BinaryReader` takes them back.
struct BinaryWriter {
  private(set) var bytes: [UInt8] = []

  mutating func writeInteger<T: FixedWidthInteger>(_ value: T) {
    withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
  }

  mutating func write(_ value: Int) { writeInteger(Int64(value)) }

  mutating func write(_ value: Double) { writeInteger(value.bitPattern) }

  mutating func write(_ value: Bool) { writeInteger(UInt8(value ? 1 : 0)) }

  mutating func write(_ value: String) {
    let utf8 = Array(value.utf8)
    write(utf8.count)
    bytes.append(contentsOf: utf8)
  }

  /// A count, then the elements' bytes as they lie in memory: for large arrays of plain
  /// numbers, read back with one copy.
  mutating func writeRaw<T: FixedWidthInteger & BitwiseCopyable>(_ values: [T]) {
    write(values.count)
    #if _endian(big)
    for value in values { writeInteger(value) }
    #else
    values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    #endif
  }

  mutating func write<T: BinaryCodable>(_ value: T) { value.write(to: &self) }

  /// Bytes as they are, with no count before them.
  mutating func writeBytes(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }
}

/// A value that goes into a compiled artefact and comes back out unchanged.
protocol BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError)
  func write(to writer: inout BinaryWriter)
}

extension Int32: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) { self = try reader.readInteger(Int32.self) }
  func write(to writer: inout BinaryWriter) { writer.writeInteger(self) }
}

extension Int: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) { self = try reader.readInt() }
  func write(to writer: inout BinaryWriter) { writer.write(self) }
}

extension Bool: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) { self = try reader.readBool() }
  func write(to writer: inout BinaryWriter) { writer.write(self) }
}

extension String: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) { self = try reader.readString() }
  func write(to writer: inout BinaryWriter) { writer.write(self) }
}

extension Array: BinaryCodable where Element: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    let count = try reader.readCount(minimumElementSize: 1)
    var elements: [Element] = []
    elements.reserveCapacity(count)
    for _ in 0..<count { elements.append(try Element(from: &reader)) }
    self = elements
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(count)
    for element in self { element.write(to: &writer) }
  }
}

extension Optional: BinaryCodable where Wrapped: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    self = try reader.readBool() ? try Wrapped(from: &reader) : nil
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(self != nil)
    if let value = self { value.write(to: &writer) }
  }
}

/// Keys in sorted order, so the same dictionary always gives the same bytes.
extension Dictionary: BinaryCodable where Key == String, Value: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    let count = try reader.readCount(minimumElementSize: 9)
    var dictionary: [String: Value] = [:]
    dictionary.reserveCapacity(count)
    for _ in 0..<count {
      let key = try reader.readString()
      dictionary[key] = try Value(from: &reader)
    }
    self = dictionary
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(count)
    for key in keys.sorted() {
      writer.write(key)
      self[key]!.write(to: &writer)
    }
  }
}
