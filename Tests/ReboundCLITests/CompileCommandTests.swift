import Foundation
import Testing

/// `rebound compile` and the compiled-rubric cache behind every start, as a trainer editing
/// their own rule file meets them.
@Suite struct CompileCommandTests {
  static func cacheFiles(in folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".compiled") }.sorted()
  }

  @Test func compilesATrainersRubricIntoTheCache() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text)
    let cache = directory.url.appendingPathComponent("cache")
    let outcome = try ReboundBinary.run(
      ["compile", "--rubric", "mine.yaml"], environment: ["REBOUND_CACHE_DIR": cache.path], in: directory.url)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let files = Self.cacheFiles(in: cache)
    #expect(files.count == 1)
    #expect(outcome.stdout.hasPrefix("compiled mine.yaml (version "), "\(outcome.stdout)")
    #expect(outcome.stdout.hasSuffix("into \(cache.appendingPathComponent(files.first ?? "?").path)\n"), "\(outcome.stdout)")
  }

  @Test func anEditedRubricIsPickedUpAtOnceAndTheCacheNeverServesTheOldOne() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text)
    let environment = ["REBOUND_CACHE_DIR": directory.url.appendingPathComponent("cache").path]
    let before = try ReboundBinary.run(
      ["score", "--rubric", "mine.yaml", "Shoo."], environment: environment, in: directory.url)
    #expect(before.stdout.hasSuffix("labels: rude\n"), "\(before.stdout)")
    try directory.write("mine.yaml", CustomRubric.text.replacingOccurrences(of: "label: rude", with: "label: blame"))
    let after = try ReboundBinary.run(
      ["score", "--rubric", "mine.yaml", "Shoo."], environment: environment, in: directory.url)
    #expect(after.stdout.hasSuffix("labels: blame\n"), "\(after.stdout)")
    #expect(Self.cacheFiles(in: directory.url.appendingPathComponent("cache")).count == 2)
  }

  @Test func aDamagedCacheIsCompiledAgainNotRead() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text)
    let cache = directory.url.appendingPathComponent("cache")
    let environment = ["REBOUND_CACHE_DIR": cache.path]
    _ = try ReboundBinary.run(["compile", "--rubric", "mine.yaml"], environment: environment, in: directory.url)
    let file = cache.appendingPathComponent(try #require(Self.cacheFiles(in: cache).first))
    var bytes = try Data(contentsOf: file)
    for i in stride(from: bytes.count / 2, to: bytes.count, by: 7) { bytes[i] ^= 0xFF }
    try bytes.write(to: file)
    let outcome = try ReboundBinary.run(
      ["score", "--rubric", "mine.yaml", "Mea culpa."], environment: environment, in: directory.url)
    #expect(outcome.status == 0)
    #expect(outcome.stderr == "")
    #expect(outcome.stdout.hasSuffix("labels: apologize\n"), "\(outcome.stdout)")
    #expect(try Data(contentsOf: file) != bytes, "the damaged file was replaced by a good one")
  }

  @Test func withCachingOffEveryStartCompiles() throws {
    let directory = try TemporaryDirectory()
    try directory.write("mine.yaml", CustomRubric.text)
    let outcome = try ReboundBinary.run(
      ["compile", "--rubric", "mine.yaml"], environment: ["REBOUND_CACHE_DIR": ""], in: directory.url)
    #expect(outcome.status == 0)
    #expect(outcome.stdout.contains("no cache folder could be written, so each start compiles it again"), "\(outcome.stdout)")
  }

  @Test func theBuiltInRubricShipsCompiled() throws {
    let directory = try TemporaryDirectory()
    let cache = directory.url.appendingPathComponent("cache")
    let outcome = try ReboundBinary.run(["compile"], environment: ["REBOUND_CACHE_DIR": cache.path])
    #expect(outcome.stdout == "built-in rubric.yaml is built in and ships compiled: nothing to do\n")
    _ = try ReboundBinary.run(["score", "sorry"], environment: ["REBOUND_CACHE_DIR": cache.path])
    #expect(Self.cacheFiles(in: cache).isEmpty, "the built-in rubric needs no cache")
  }

  @Test func aBadRubricIsReportedWithItsLine() throws {
    let directory = try TemporaryDirectory()
    try directory.write("bad.yaml", CustomRubric.text.replacingOccurrences(of: "label: rude", with: "label: rudeness"))
    let outcome = try ReboundBinary.run(["compile", "--rubric", "bad.yaml"], in: directory.url)
    #expect(outcome.status != 0)
    #expect(outcome.stderr.contains("bad.yaml:"), "\(outcome.stderr)")
    #expect(outcome.stderr.contains("unknown label 'rudeness'"), "\(outcome.stderr)")
  }
}
