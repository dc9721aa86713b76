/// bfloat16: the top 16 bits of a `Float32`. A model's weights are kept so, which halves
/// the memory each reply's features read, at about three significant digits.
enum BFloat16 {
  /// The nearest bfloat16 (ties to even), as bits.
  static func bits(_ value: Float) -> UInt16 {
    let bits = value.bitPattern
    guard !value.isNaN else { return UInt16(truncatingIfNeeded: bits >> 16) | 0x40 }
    let rounding: UInt32 = 0x7FFF + ((bits >> 16) & 1)
    return UInt16(truncatingIfNeeded: (bits &+ rounding) >> 16)
  }

  static func float(_ bits: UInt16) -> Float { Float(bitPattern: UInt32(bits) << 16) }

  /// Eight at once, as the scorer reads a row.
  static func floats(_ bits: SIMD8<UInt16>) -> SIMD8<Float> {
    unsafeBitCast(SIMD8<UInt32>(truncatingIfNeeded: bits) &<< 16, to: SIMD8<Float>.self)
  }
}
