@testable import ReboundKit
import Testing

@Suite struct FeatureExtractorTests {
  static let set = FeatureSet.standard

  static func counts(_ text: String, signals: RuleSignals = RuleSignals()) -> [(index: Int, count: Int)] {
    var buffer = FeatureBuffer(dimension: set.dimension)
    var scanner = ReplyScanner()
    FeatureExtractor(set: set).extract(text, signals: signals, into: &buffer, scanner: &scanner)
    return buffer.sortedCounts
  }

  static func same(_ a: [(index: Int, count: Int)], _ b: [(index: Int, count: Int)]) -> Bool {
    a.map(\.index) == b.map(\.index) && a.map(\.count) == b.map(\.count)
  }

  @Test(arguments: [
    ("Don't worry, I'll sort it.", "don’t WORRY, i’ll sort it."),
    ("Café refund", "cafe\u{301} REFUND"),
  ])
  func caseApostrophesAndAccentsReadTheSame(_ a: String, _ b: String) {
    #expect(Self.same(Self.counts(a), Self.counts(b)))
  }

  @Test func theSameReplyGivesTheSameFeaturesEveryTime() {
    let text = "Our supplier sets those prices, there's nothing I can do."
    #expect(Self.same(Self.counts(text), Self.counts(text)))
    #expect(!Self.counts(text).isEmpty)
  }

  @Test func aQuestionAndAStatementDiffer() {
    #expect(!Self.same(Self.counts("You locked it?"), Self.counts("You locked it.")))
  }

  @Test func wordsAndByteNgramsAreCountedInTheirBlocks() {
    // "ok": the unigram; " ok", "ok ", " ok " as byte n-grams of 3 to 5 (the word padded).
    let counts = Self.counts("ok")
    let words = counts.filter { Self.set.block(of: $0.index) == .words }
    let bytes = counts.filter { Self.set.block(of: $0.index) == .characters }
    #expect(words.map(\.count).reduce(0, +) == 1)
    #expect(bytes.map(\.count).reduce(0, +) == 3)
  }

  @Test func theRubricsSignalsAreFeaturesOnlyWhenGiven() {
    let plain = Self.counts("Sorry.")
    let withSignals = Self.counts("Sorry.", signals: RuleSignals(labels: [.apologize], cues: [], rules: ["apology.direct"]))
    let rules = withSignals.filter { Self.set.block(of: $0.index) == .rules }
    #expect(plain.allSatisfy { Self.set.block(of: $0.index) != .rules })
    #expect(rules.count == 2)
  }

  @Test func anEmptyReplyHasNoFeatures() {
    #expect(Self.counts("").isEmpty)
    #expect(Self.counts("  ... !!").isEmpty)
  }
}
