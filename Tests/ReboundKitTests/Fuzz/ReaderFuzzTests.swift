import Foundation
import PropertyBased
import Testing

@testable import ReboundKit

/// Seeded fuzzing of every reader: valid documents mutated at random (characters inserted,
/// deleted and replaced with YAML and JSON syntax, parentheses, control and bidirectional
/// characters, long runs, emoji) must never crash or hang a reader; a document it refuses
/// comes with at least one diagnostic. `swift test` runs a quick pass of a few hundred cases
/// a reader; `REBOUND_FUZZ_CASES=100000 swift test --filter ReaderFuzzTests` runs more. Each
/// run draws a new seed; a failure prints it, and `@Test(.fixedSeed("…"))` replays that case.
@Suite struct ReaderFuzzTests {
  static let cases = Int(ProcessInfo.processInfo.environment["REBOUND_FUZZ_CASES"] ?? "") ?? 300

  /// What a mutation puts in.
  static let fragments = [
    ":", ": ", "- ", "[", "]", "{", "}", "\"", "'", "#", "|", ">", "&a", "*a", "!!str", "---", "...", "\n", "\n  ",
    "\t", "\r\n", "(", ")", "((((((((((((((((((", "?", "*", "*9", "^", "$", "{item}", "\\", "\\u0000", "0", "-1",
    "1e400", "null", "~", "yes", "\u{1B}[31m", "\u{07}", "\u{202E}", "\u{0}", "😀", "e\u{301}", "’",
    String(repeating: "a", count: 300), String(repeating: "(", count: 40), String(repeating: "[", count: 200),
  ]

  /// A mutation: where (as a fraction of the text), what (insert, delete, replace, repeat a
  /// slice) and with which fragment.
  struct Mutation {
    var place: UInt16
    var kind: Int
    var fragment: String
    var length: Int
  }

  static let mutation = zip(
    Gen.uint16(), Gen.int(in: 0...3), Gen.element(of: fragments).map { $0 ?? "" }, Gen.int(in: 1...40)
  ).map { Mutation(place: $0, kind: $1, fragment: $2, length: $3) }

  static let mutations = mutation.array(of: 1...8)

  static func apply(_ mutations: [Mutation], to text: String) -> String {
    var scalars = Array(text.unicodeScalars)
    for mutation in mutations {
      let at = scalars.isEmpty ? 0 : Int(mutation.place) % (scalars.count + 1)
      let end = min(scalars.count, at + mutation.length)
      switch mutation.kind {
      case 0: scalars.insert(contentsOf: mutation.fragment.unicodeScalars, at: at)
      case 1: scalars.removeSubrange(at..<end)
      case 2: scalars.replaceSubrange(at..<end, with: mutation.fragment.unicodeScalars)
      default: scalars.insert(contentsOf: scalars[at..<end], at: at)
      }
    }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  static func text(_ path: String) throws -> String {
    try String(contentsOf: TestSplitGateTests.root.appendingPathComponent(path), encoding: .utf8)
  }

  @Test func transcripts() async throws {
    let bases = try ["2026-11-23T034605Z-ana-lost-pants.txt", "2026-11-23T034607Z-ben-lost-pants.txt"].map {
      try Self.text("transcripts/examples/" + $0) + "\nreview: maria at 2026-11-24T09:00:00Z\nset: apologize yes (was no)\ncomment: fine\n"
    }
    let grader = try GraderTests.grader()
    await propertyCheck(count: Self.cases, input: Gen.element(of: bases).map { $0 ?? "" }, Self.mutations) { base, mutations in
      let text = Self.apply(mutations, to: base)
      let (transcript, problems) = TranscriptParser(file: "t.txt").parse(text)
      guard let transcript else {
        #expect(!problems.isEmpty, "a refused transcript says why")
        return
      }
      _ = try? grader.grade(transcript, file: "t.txt", keepDetails: true)
      Array(text.utf8).withUnsafeBufferPointer { _ = TranscriptSortKey.scan($0, complete: true) }
    }
  }

  @Test func scenarios() async throws {
    let base = try Self.text("scenarios/lost-pants.yaml")
    await propertyCheck(count: Self.cases, input: Self.mutations) { mutations in
      let (scenario, problems) = ScenarioParser(file: "lost-pants.yaml", text: Self.apply(mutations, to: base), expectedID: "lost-pants").parse()
      #expect(scenario != nil || !problems.isEmpty, "a refused scenario says why")
    }
  }

  @Test func ruleFiles() async throws {
    let base = try Fixture.text("custom-rubric.yaml")
    await propertyCheck(count: Self.cases, input: Self.mutations) { mutations in
      do {
        let scorer = try Scorer(rubric: try Rubric(yaml: Self.apply(mutations, to: base), source: "r.yaml"))
        _ = scorer.score("Mea culpa, we will mend it. Shoo.")
      } catch let error as RubricError {
        #expect(!error.message.isEmpty)
      } catch {
        Issue.record("an error that is not a RubricError: \(error)")
      }
    }
  }

  @Test func corpora() async throws {
    let base = try Self.text("corpus/test.jsonl").split(separator: "\n").prefix(12).joined(separator: "\n")
    await propertyCheck(count: Self.cases, input: Self.mutations) { mutations in
      let text = Self.apply(mutations, to: base)
      let result = CorpusReader.parse(text, file: "c.jsonl")
      #expect(result.problems.allSatisfy { $0.line > 0 })
      _ = try? CorpusReader.parse(Data(text.utf8) + Data([0xFF]), file: "c.jsonl")
    }
  }

  @Test func configurations() async throws {
    let base = "certification:\n  exam_passes_needed: 2\n  pass_mark: 80\n"
    await propertyCheck(count: Self.cases, input: Self.mutations) { mutations in
      do {
        _ = try ReboundConfig.parse(Self.apply(mutations, to: base), file: "rebound.yaml")
      } catch let error as ReboundConfig.Invalid {
        #expect(!error.diagnostics.isEmpty)
      } catch {
        Issue.record("an error that is not ReboundConfig.Invalid: \(error)")
      }
    }
  }
}
