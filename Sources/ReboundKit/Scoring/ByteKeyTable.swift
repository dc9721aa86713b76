/// An open-addressing hash table keyed by short byte strings, so the scorer can look up a
/// word straight from its normalised UTF-8 bytes without building a `String`.
///
/// Most lookups while scoring miss (typo candidates, prefixes), so each slot carries 32 bits
/// of the key's hash beside the entry: a probe that cannot match is rejected from the slot
/// alone, without reading the key. Before the slots, a bit per hash value in a filter a
/// sixteenth of their size, which stays in cache, turns most misses away without a probe.
struct ByteKeyTable<Value: Sendable>: Sendable {
  /// Where an entry's key sits in `keyBytes`.
  private struct KeyRange: Sendable {
    var offset: Int32
    var length: Int32
  }

  /// 0 for an empty slot, else the hash's upper 32 bits above (entry index + 1).
  private var slots: [UInt64]
  private var keys: [KeyRange] = []
  private var keyBytes: [UInt8] = []
  private(set) var values: [Value] = []
  private var mask: Int
  /// Four bits per slot (at least eight per key), set at the fingerprint of every key.
  private var presence: [UInt64]
  private var presenceMask: Int

  init(expectedCount: Int = 64) {
    var capacity = 16
    while capacity < expectedCount * 2 { capacity <<= 1 }
    slots = Array(repeating: 0, count: capacity)
    mask = capacity - 1
    presence = Array(repeating: 0, count: capacity / 16)
    presenceMask = capacity * 4 - 1
  }

  var count: Int { values.count }

  /// The polynomial hash multiplier. A polynomial hash lets `DeletionHasher` derive the hash
  /// of a word with one letter left out in O(1) from prefix and suffix hashes.
  static var multiplier: UInt64 { 0x100_0000_01b3 }

  static func rawHash(_ bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int = -1) -> UInt64 {
    var h: UInt64 = 0
    for i in 0..<bytes.count where i != skipped {
      h = h &* multiplier &+ UInt64(bytes[i]) &+ 1
    }
    return h
  }

  static func mix(_ raw: UInt64) -> Int {
    let h = raw &* 0x9E37_79B9_7F4A_7C15
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  static func hash(_ bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int = -1) -> Int {
    mix(rawHash(bytes, skipping: skipped))
  }

  /// Looks up `bytes`, optionally as if the byte at `skipped` were not there.
  func index(of bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int = -1) -> Int? {
    index(of: bytes, skipping: skipped, rawHash: Self.rawHash(bytes, skipping: skipped))
  }

  /// Looks up `bytes` (less the byte at `skipped`) whose raw hash the caller already knows.
  func index(of bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int, rawHash: UInt64) -> Int? {
    let length = skipped >= 0 ? bytes.count - 1 : bytes.count
    let hash = Self.mix(rawHash)
    let fingerprint = Self.fingerprint(hash)
    let bit = Int(truncatingIfNeeded: fingerprint) & presenceMask
    // Most lookups end here; the probe below reads the arrays without bounds checks, since
    // every index is masked or was stored by `set`.
    if presence.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) == 0 { return nil }
    return slots.withUnsafeBufferPointer { slots in
      keys.withUnsafeBufferPointer { keys in
        var slot = hash & mask
        while true {
          let content = slots[slot]
          if content == 0 { return nil }
          if content >> 32 == fingerprint {
            let e = Int(truncatingIfNeeded: content & 0xFFFF_FFFF) - 1
            if Int(keys[e].length) == length, equals(Int(keys[e].offset), bytes, skipping: skipped) { return e }
          }
          slot = (slot + 1) & mask
        }
      }
    }
  }

  private static func fingerprint(_ hash: Int) -> UInt64 { UInt64(truncatingIfNeeded: hash) >> 32 }

  func value(for bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int = -1) -> Value? {
    index(of: bytes, skipping: skipped).map { values[$0] }
  }

  func value(for bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int, rawHash: UInt64) -> Value? {
    index(of: bytes, skipping: skipped, rawHash: rawHash).map { values[$0] }
  }

  func value(for key: String) -> Value? {
    let bytes = Array(key.utf8)
    return bytes.withUnsafeBufferPointer { value(for: $0) }
  }

  /// Whether the key stored from `offset` is `bytes` less the byte at `skipped`.
  private func equals(_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>, skipping skipped: Int) -> Bool {
    keyBytes.withUnsafeBufferPointer { keyBytes in
      var k = offset
      for i in 0..<bytes.count where i != skipped {
        if keyBytes[k] != bytes[i] { return false }
        k += 1
      }
      return true
    }
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
    keys.append(KeyRange(offset: Int32(keyBytes.count), length: Int32(bytes.count)))
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
    while slots[slot] != 0 { slot = (slot + 1) & mask }
    slots[slot] = Self.fingerprint(hash) << 32 | UInt64(entry + 1)
    let bit = Int(truncatingIfNeeded: Self.fingerprint(hash)) & presenceMask
    presence[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  private mutating func grow() {
    slots = Array(repeating: 0, count: slots.count * 2)
    mask = slots.count - 1
    presence = Array(repeating: 0, count: slots.count / 16)
    presenceMask = slots.count * 4 - 1
    for entry in values.indices {
      let start = Int(keys[entry].offset)
      let hash = keyBytes[start..<(start + Int(keys[entry].length))].withUnsafeBufferPointer { Self.hash($0) }
      place(entry, hash: hash)
    }
  }
}

/// The raw hashes of a word with each one of its letters left out, in O(n) for all of them.
struct DeletionHasher {
  /// `prefix[i]`: hash of bytes[0..<i]; `suffix[i]`: bytes[i...] weighted as the tail of a word.
  static func hashes(_ bytes: UnsafeBufferPointer<UInt8>, into result: UnsafeMutableBufferPointer<UInt64>) {
    let n = bytes.count
    let p = ByteKeyTable<Int>.multiplier
    withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 3 * (n + 1)) { buffer in
      let prefix = UnsafeMutableBufferPointer(rebasing: buffer[0...n])
      let suffix = UnsafeMutableBufferPointer(rebasing: buffer[(n + 1)...(2 * n + 1)])
      let power = UnsafeMutableBufferPointer(rebasing: buffer[(2 * n + 2)...])
      prefix[0] = 0
      for i in 0..<n { prefix[i + 1] = prefix[i] &* p &+ UInt64(bytes[i]) &+ 1 }
      power[0] = 1
      for i in 0..<n { power[i + 1] = power[i] &* p }
      suffix[n] = 0
      var i = n - 1
      while i >= 0 {
        suffix[i] = (UInt64(bytes[i]) &+ 1) &* power[n - 1 - i] &+ suffix[i + 1]
        i -= 1
      }
      for k in 0..<n {
        result[k] = prefix[k] &* power[n - 1 - k] &+ suffix[k + 1]
      }
    }
  }
}

extension ByteKeyTable: BinaryCodable where Value: BinaryCodable {
  /// The table exactly as it lies, so loading it hashes nothing.
  func write(to writer: inout BinaryWriter) {
    writer.writeRaw(slots)
    writer.writeRaw(keys.flatMap { [$0.offset, $0.length] })
    writer.writeRaw(keyBytes)
    writer.write(values)
    writer.writeRaw(presence)
  }

  init(from reader: inout BinaryReader) throws(ArtefactError) {
    slots = try reader.readRaw(UInt64.self)
    let ranges = try reader.readRaw(Int32.self)
    keyBytes = try reader.readRaw(UInt8.self)
    values = try reader.read([Value].self)
    presence = try reader.readRaw(UInt64.self)
    guard slots.count >= 16, slots.count.nonzeroBitCount == 1, presence.count == slots.count / 16,
      ranges.count == 2 * values.count
    else {
      throw ArtefactError("a word table's sizes do not agree (\(slots.count) slots, \(values.count) entries)")
    }
    mask = slots.count - 1
    presenceMask = slots.count * 4 - 1
    let byteCount = keyBytes.count
    keys = stride(from: 0, to: ranges.count, by: 2).map { KeyRange(offset: ranges[$0], length: ranges[$0 + 1]) }
    guard keys.allSatisfy({ $0.offset >= 0 && $0.length >= 0 && Int($0.offset) + Int($0.length) <= byteCount })
    else { throw ArtefactError("a word table's key points outside its bytes") }
  }
}
