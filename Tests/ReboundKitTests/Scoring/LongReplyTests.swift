import Foundation
import ReboundKit
import Testing

/// Empty replies and very long ones (100 KB) score without error, and fast enough: a long
/// reply must cost about what its sentences cost one by one, not the square of its length.
@Suite struct LongReplyTests {
  /// How long a 100 KB reply may take in a debug build. Scoring is linear in the reply, and
  /// 100 KB is about 800 ordinary replies, well under a second even unoptimised.
  static let budget: Duration = .seconds(10)

  @Test(arguments: ["", " ", "\n\n", "   \t?!… — ", "😞"])
  func emptyAndBlankRepliesHaveNoLabel(_ text: String) throws {
    let verdict = try Shared.score(text)
    #expect(verdict.labels.isEmpty)
    #expect(verdict.findings.isEmpty)
    #expect(verdict.text == text)
  }

  @Test func aHundredKilobyteReplyOfManySentences() async throws {
    let sentences = [
      "I'm so sorry your parcel went missing.",
      "That should never have happened.",
      "I'll refund you today and call you tonight.",
      "Calm down, please.",
      "The courier must have dropped it.",
      "Are you sure you locked it?",
    ]
    var text = ""
    var i = 0
    while text.utf8.count < 100_000 {
      text += sentences[i % sentences.count] + " "
      i += 1
    }
    let verdict = try #require(await Self.score(text, within: Self.budget), "took longer than \(Self.budget)")
    #expect(Set(verdict.labels).isSuperset(of: [.apologize, .answer, .communicate, .rude, .excuse, .blame]), verdict.explained)
    Self.expectSpansWithin(verdict)
  }

  @Test func aHundredKilobyteReplyOfOneSentence() async throws {
    var text = ""
    while text.utf8.count < 100_000 { text += "so sorry we will refund you " }
    let verdict = try #require(await Self.score(text, within: Self.budget), "took longer than \(Self.budget)")
    #expect(verdict.has(.apologize), verdict.explained)
    #expect(verdict.has(.answer), verdict.explained)
    Self.expectSpansWithin(verdict)
  }

  @Test func aHundredKilobytesOfPlainWords() async throws {
    let words = ["the", "hotel", "room", "parcel", "window", "blue", "table", "lamp", "river", "quickly"]
    var text = ""
    var i = 0
    while text.utf8.count < 100_000 {
      text += words[(i * 7 + i / 3) % words.count] + " "
      i += 1
    }
    let verdict = try #require(await Self.score(text, within: Self.budget), "took longer than \(Self.budget)")
    #expect(verdict.labels.isEmpty, verdict.explained)
  }

  private static func expectSpansWithin(_ verdict: Verdict, sourceLocation: SourceLocation = #_sourceLocation) {
    let count = verdict.text.unicodeScalars.count
    #expect(
      verdict.findings.allSatisfy { $0.spans.allSatisfy { 0 <= $0.start && $0.start <= $0.end && $0.end <= count } },
      sourceLocation: sourceLocation)
  }

  /// The verdict, or nil when scoring takes longer than `budget`. A scorer that is too slow
  /// fails the test at the deadline instead of holding up the suite: its work is left to run
  /// out in the background.
  static func score(_ text: String, within budget: Duration) async throws -> Verdict? {
    let scorer = try Shared.scorer()
    let race = Race<Verdict>()
    return await withCheckedContinuation { continuation in
      race.start(continuation)
      Thread.detachNewThread { race.finish(scorer.score(text)) }
      Task {
        try? await Task.sleep(for: budget)
        race.finish(nil)
      }
    }
  }

  /// Resumes a continuation with whichever result comes first.
  ///
  /// `@unchecked Sendable`: `continuation` is only read and written while holding `lock`.
  private final class Race<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<Value?, Never>?

    func start(_ continuation: CheckedContinuation<Value?, Never>) {
      lock.withLock { self.continuation = continuation }
    }

    func finish(_ value: Value?) {
      let waiting = lock.withLock { () -> CheckedContinuation<Value?, Never>? in
        defer { continuation = nil }
        return continuation
      }
      waiting?.resume(returning: value)
    }
  }
}
