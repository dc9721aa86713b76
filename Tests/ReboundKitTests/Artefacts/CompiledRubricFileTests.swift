import Foundation
import Testing

@testable import ReboundKit

/// The compiled rubric Rebound loads at start instead of compiling: bundled, exact, and
/// refused whole when damaged.
@Suite struct CompiledRubricFileTests {
  static let key = Array(repeating: UInt8(7), count: 32)

  @Test func theBundledArtefactIsTheBuiltInRubricCompiledNow() throws {
    let bundled = try #require(CompiledRubricStore.Bundled.shared, "Resources/rubric.compiled is missing or unreadable")
    let fresh = try CompiledRubricStore.bundledArtefact(for: try Rubric.builtIn())
    #expect(
      fresh == bundled.data,
      "Resources/rubric.compiled is stale: run `swift run -c release rebound compile --output Sources/ReboundKit/Resources/rubric.compiled`")
  }

  @Test func compilingIsDeterministic() throws {
    let rubric = try Rubric(contentsOf: try Fixture.url("custom-rubric.yaml"))
    let first = CompiledRubricFile.encode(try CompiledRubricStore.compileAfresh(rubric), rubricDigest: rubric.digest, compilerKey: Self.key)
    let second = CompiledRubricFile.encode(try CompiledRubricStore.compileAfresh(rubric), rubricDigest: rubric.digest, compilerKey: Self.key)
    #expect(first == second)
  }

  @Test func aRubricWithAScenarioLaidOverComesBackExactly() throws {
    let scorer = try Scorer(rubric: try Rubric.builtIn()).adding(
      ScenarioVocabulary(items: ["hand-blown glass", "wine glass*"], remedies: ["send a new {item}"], extras: ["gift wrap"]))
    let compiled = try #require(scorer.compiled.memberTrie != nil ? scorer.compiled : nil, "the overlay has multi-word members")
    let data = CompiledRubricFile.encode(compiled, rubricDigest: scorer.rubric.digest, compilerKey: Self.key)
    let decoded = try CompiledRubricFile.decode(data)
    #expect(CompiledRubricFile.encode(decoded, rubricDigest: scorer.rubric.digest, compilerKey: Self.key) == data)
  }

  @Test func theLoadedRubricScoresAsTheFreshlyCompiledOne() throws {
    let rubric = try Rubric.builtIn()
    let loaded = try Scorer(rubric: rubric)
    let fresh = try Scorer(rubric: rubric, compiled: try CompiledRubricStore.compileAfresh(rubric))
    let replies = try LearnedScorerTests.testSplit().map(\.text)
    try #require(replies.count > 100)
    for reply in replies { #expect(loaded.score(reply) == fresh.score(reply), "\(reply)") }
  }

  @Test func aDamagedPayloadIsRefusedByItsHash() throws {
    var data = try #require(CompiledRubricStore.Bundled.shared?.data)
    data[data.count / 2] ^= 0x40
    #expect(throws: ArtefactError.self) { try CompiledRubricFile.decode(data) }
    #expect(Self.message { try CompiledRubricFile.decode(data) }.contains("damaged"))
  }

  @Test func aCutOffFileIsRefused() throws {
    let data = try #require(CompiledRubricStore.Bundled.shared?.data)
    #expect(Self.message { try CompiledRubricFile.decode(data.prefix(data.count - 10)) }.contains("header says"))
    #expect(Self.message { try CompiledRubricFile.decode(data.prefix(20)) }.contains("too short"))
  }

  @Test func anotherFileOrFormatIsRefused() throws {
    var data = try #require(CompiledRubricStore.Bundled.shared?.data)
    var renamed = data
    renamed.replaceSubrange(0..<8, with: Array("RBNDMODL".utf8))
    #expect(Self.message { try CompiledRubricFile.decode(renamed) }.contains("not a compiled rubric"))
    data[8] = 99
    #expect(Self.message { try CompiledRubricFile.decode(data) }.contains("format 99"))
  }

  @Test func aReaderNeverReadsPastTheEnd() throws {
    var writer = BinaryWriter()
    writer.write(Int.max / 2)  // a count no payload could hold
    let bytes = writer.bytes
    bytes.withUnsafeBytes { raw in
      var reader = BinaryReader(raw)
      #expect(throws: ArtefactError.self) { try reader.readRaw(Int32.self) }
      var again = BinaryReader(raw)
      #expect(throws: ArtefactError.self) { try again.read([String].self) }
      var short = BinaryReader(UnsafeRawBufferPointer(rebasing: raw[..<3]))
      #expect(throws: ArtefactError.self) { try short.readInt() }
    }
  }

  static func message(_ body: () throws -> Any) -> String {
    do {
      _ = try body()
      return "no error"
    } catch {
      return "\(error)"
    }
  }
}
