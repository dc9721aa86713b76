/// An open-addressing hash table keyed by short byte strings, so the scorer can look up a
/// word straight from its normalised UTF-8 bytes without building a `String`.
struct ByteKeyTable<Value: Sendable>: Sendable {
  private var slots: [Int32]
  private var keyOffsets: [Int] = []
  private var keyLengths: [Int] = []
  private var keyBytes: [UInt8] = []
  private(set) var values: [Value] = []
  private var mask: Int

  init(expectedCount: Int = 64) {
    var capacity = 16
    while capacity < expectedCount * 2 { capacity <<= 1 }
    slots = Array(repeating: -1, count: capacity)
    mask = capacity - 1
  }

  var count: Int { values.count }

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int = -1) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for i in 0..<bytes.count where i != skipped {
      h ^= UInt64(bytes[i])
      h = h &* 0x0000_0100_0000_01b3
    }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  /// Looks up `bytes`, optionally as if the byte at `skipped` were not there.
  func index(of bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int = -1) -> Int? {
    let length = skipped >= 0 ? bytes.count - 1 : bytes.count
    var slot = Self.hash(bytes, skipping: skipped) & mask
    while true {
      let entry = slots[slot]
      if entry < 0 { return nil }
      let e = Int(entry)
      if keyLengths[e] == length, equals(e, bytes, skipping: skipped) { return e }
      slot = (slot + 1) & mask
    }
  }

  func value(for bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int = -1) -> Value? {
    index(of: bytes, skipping: skipped).map { values[$0] }
  }

  func value(for key: String) -> Value? {
    let bytes = Array(key.utf8)
    return bytes.withUnsafeBufferPointer { value(for: $0) }
  }

  private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int) -> Bool {
    var k = keyOffsets[entry]
    for i in 0..<bytes.count where i != skipped {
      if keyBytes[k] != bytes[i] { return false }
      k += 1
    }
    return true
  }

  /// Inserts or replaces the value for `key`.
  mutating func set(_ key: String, _ value: Value) {
    let bytes = Array(key.utf8)
    if let existing = bytes.withUnsafeBufferPointer({ index(of: $0) }) {
      values[existing] = value
      return
    }
    if (values.count + 1) * 2 > slots.count { grow() }
    let entry = values.count
    keyOffsets.append(keyBytes.count)
    keyLengths.append(bytes.count)
    keyBytes.append(contentsOf: bytes)
    values.append(value)
    place(entry, hash: bytes.withUnsafeBufferPointer { Self.hash($0) })
  }

  mutating func update(_ key: String, default defaultValue: Value, _ change: (inout Value) -> Void) {
    var current = value(for: key) ?? defaultValue
    change(&current)
    set(key, current)
  }

  private mutating func place(_ entry: Int, hash: Int) {
    var slot = hash & mask
    while slots[slot] >= 0 { slot = (slot + 1) & mask }
    slots[slot] = Int32(entry)
  }

  private mutating func grow() {
    slots = Array(repeating: -1, count: slots.count * 2)
    mask = slots.count - 1
    for entry in values.indices {
      let start = keyOffsets[entry]
      let hash = keyBytes[start..<(start + keyLengths[entry])].withUnsafeBufferPointer { Self.hash($0) }
      place(entry, hash: hash)
    }
  }

  /// The keys, for building derived indexes at load time.
  var keys: [String] {
    values.indices.map { entry in
      let start = keyOffsets[entry]
      return String(decoding: keyBytes[start..<(start + keyLengths[entry])], as: UTF8.self)
    }
  }
}
