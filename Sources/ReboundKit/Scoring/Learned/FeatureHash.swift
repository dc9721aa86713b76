/// FNV-1a, 64 bits: a fixed, documented hash, so a model's buckets mean the same on every
/// machine and in every run (Swift's own `Hasher` is seeded per process).
struct FeatureHash {
  private(set) var value: UInt64

  init(kind: UInt8) {
    value = 0xcbf2_9ce4_8422_2325
    add(kind)
  }

  mutating func add(_ byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
  }

  mutating func add(_ bytes: UnsafeBufferPointer<UInt8>) {
    for byte in bytes { add(byte) }
  }

  mutating func add(_ text: String) {
    for byte in text.utf8 { add(byte) }
  }

  /// A bucket in `0..<buckets`; `buckets` is a power of two. The high bits are folded in,
  /// as FNV's low bits alone mix poorly.
  func bucket(_ buckets: Int) -> Int {
    Int(truncatingIfNeeded: (value ^ (value >> 29)) & UInt64(buckets - 1))
  }
}

extension FeatureHash {
  /// Mixes a whole 64-bit value in one step (for n-grams of word hashes).
  mutating func mix(_ other: UInt64) {
    value = (value ^ other) &* 0x0000_0100_0000_01b3
  }
}
