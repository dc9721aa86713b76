/// Lower-case hexadecimal digits of bytes, as every hash Rebound prints is written.
enum Hex {
  private static let digits = Array("0123456789abcdef".utf8)

  static func string(_ bytes: some Sequence<UInt8>) -> String {
    var characters: [UInt8] = []
    characters.reserveCapacity(bytes.underestimatedCount * 2)
    for byte in bytes {
      characters.append(digits[Int(byte >> 4)])
      characters.append(digits[Int(byte & 0x0F)])
    }
    return String(decoding: characters, as: UTF8.self)
  }
}
