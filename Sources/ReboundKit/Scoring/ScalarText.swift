/// A reply's UTF-8 bytes with where each Unicode scalar starts, so that spans counted in
/// scalars (as findings count them) can be read and cut without decoding the whole text
/// into an array of scalars. Reports quote and highlight every finding of every reply.
public struct ScalarText: Sendable {
  public let bytes: [UInt8]
  /// The byte offset of each scalar, and one more: the length of the text.
  private let starts: [Int]

  public init(_ text: String) {
    bytes = Array(text.utf8)
    var starts: [Int] = []
    starts.reserveCapacity(bytes.count + 1)
    for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 { starts.append(offset) }
    starts.append(bytes.count)
    self.starts = starts
  }

  /// How many scalars the text has.
  public var count: Int { starts.count - 1 }

  /// The scalar at `index`, decoded from its bytes (valid UTF-8: the bytes come from a String).
  public subscript(index: Int) -> Unicode.Scalar {
    let offset = starts[index]
    let first = UInt32(bytes[offset])
    if first < 0x80 { return Unicode.Scalar(UInt8(first)) }
    var value: UInt32
    switch starts[index + 1] - offset {
    case 2: value = first & 0x1F
    case 3: value = first & 0x0F
    default: value = first & 0x07
    }
    for byte in bytes[(offset + 1)..<starts[index + 1]] { value = value << 6 | UInt32(byte & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The bytes of the scalars in `range`.
  public func utf8(_ range: Range<Int>) -> ArraySlice<UInt8> { bytes[starts[range.lowerBound]..<starts[range.upperBound]] }

  /// The text of the scalars in `range`.
  public func string(_ range: Range<Int>) -> String { String(decoding: utf8(range), as: UTF8.self) }
}
