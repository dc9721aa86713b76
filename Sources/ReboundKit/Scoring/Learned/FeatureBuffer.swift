/// The features of one reply: a count per touched index, in reusable storage, so scoring
/// many replies allocates nothing after the first.
public struct FeatureBuffer: Sendable {
  /// A count for every index of the feature set; zero except at `touched`.
  private(set) var counts: [UInt16]
  /// The indices with a non-zero count, in the order first seen.
  private(set) var touched: [Int32] = []
  /// The reply's words and marks, in reading order.
  var tokens: [FeatureToken] = []
  /// When recording, every feature occurrence with the words it came from (for explanations).
  var occurrences: [FeatureOccurrence] = []
  var recording = false

  init(dimension: Int) {
    counts = Array(repeating: 0, count: dimension)
    guard dimension > 0 else { return }
    touched.reserveCapacity(1024)
    tokens.reserveCapacity(128)
  }

  var dimension: Int { counts.count }

  mutating func add(_ index: Int, firstToken: Int, lastToken: Int, kind: FeatureBlock, bytes: UInt64 = 0) {
    if counts[index] == 0 { touched.append(Int32(index)) }
    if counts[index] < UInt16.max { counts[index] += 1 }
    if recording {
      occurrences.append(FeatureOccurrence(index: index, kind: kind, firstToken: firstToken, lastToken: lastToken, bytes: bytes))
    }
  }

  /// Empties the buffer for the next reply, touching only what was set.
  mutating func reset() {
    for index in touched { counts[Int(index)] = 0 }
    touched.removeAll(keepingCapacity: true)
    tokens.removeAll(keepingCapacity: true)
    occurrences.removeAll(keepingCapacity: true)
  }

  /// The touched indices and their counts, sorted by index.
  var sortedCounts: [(index: Int, count: Int)] {
    touched.sorted().map { (Int($0), Int(counts[Int($0)])) }
  }
}

/// A word of the reply (or a sentence, question or clause mark), hashed, with its place.
struct FeatureToken: Sendable {
  var hash: UInt64
  /// Unicode-scalar offsets into the reply; a mark has an empty span where it stands.
  var start: Int
  var end: Int
  var isMark: Bool
}

/// One feature found in one place: which index, what kind, over which tokens (-1: no token,
/// for the rubric's signals).
struct FeatureOccurrence: Sendable {
  var index: Int
  var kind: FeatureBlock
  var firstToken: Int
  var lastToken: Int
  /// For a byte n-gram, its bytes packed low byte first (spaces mark the word's edges).
  var bytes: UInt64 = 0

  /// The packed bytes as text ("ref", " pol"), or nil when they cut a character in two.
  var gram: String? {
    var bytes: [UInt8] = []
    var rest = self.bytes
    while rest != 0 {
      bytes.append(UInt8(truncatingIfNeeded: rest))
      rest >>= 8
    }
    let text = String(decoding: bytes, as: UTF8.self)
    return text.utf8.elementsEqual(bytes) ? text : nil
  }
}
