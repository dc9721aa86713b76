public import Foundation

/// The one place a rubric is compiled, or not: every scorer gets its compiled rubric here.
///
/// In order, it takes the rubric already compiled in this process; the artefact bundled with
/// Rebound, when the rubric is the one it was compiled from; a cached artefact from an
/// earlier run, keyed by the rubric's SHA-256; and only then compiles, and caches the result.
/// A cached artefact is used only when its rubric hash, format and compiler key all match,
/// so an edited rubric is compiled afresh at once and a stale artefact is never read.
public enum CompiledRubricStore {
  /// Where compiled rubrics are cached: `$REBOUND_CACHE_DIR` (empty turns caching off), else
  /// `$XDG_CACHE_HOME/rebound`, else `~/.cache/rebound`.
  public static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
    if let chosen = environment["REBOUND_CACHE_DIR"] {
      return chosen.isEmpty ? nil : URL(fileURLWithPath: chosen, isDirectory: true)
    }
    if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") {
      return URL(fileURLWithPath: xdg, isDirectory: true).appendingPathComponent("rebound", isDirectory: true)
    }
    guard let home = environment["HOME"], !home.isEmpty else { return nil }
    return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".cache/rebound", isDirectory: true)
  }

  /// The rubric compiled, from the fastest place that has it.
  static func compiled(for rubric: Rubric) throws(RubricError) -> CompiledRubric {
    if let known = memo.value(for: rubric.digest) { return known }
    let compiled = try loadOrCompile(rubric)
    memo.store(compiled, for: rubric.digest)
    return compiled
  }

  /// Compiles the rubric, ignoring every artefact: what the artefacts must reproduce.
  static func compileAfresh(_ rubric: Rubric) throws(RubricError) -> CompiledRubric {
    // The scenario classes always exist, so a scenario can add to them.
    let compiler = RubricCompiler(document: try rubric.document(), extraClassMembers: ScenarioVocabulary().classMembers)
    do {
      return try compiler.compile()
    } catch {
      throw rubric.locate(error)
    }
  }

  /// Whether a compiled form of the rubric with this hash is at hand, bundled or cached, so
  /// reading the rubric can leave its YAML unparsed until a compile needs it.
  static func hasArtefact(digest: [UInt8], cacheable: Bool) -> Bool {
    if Bundled.shared?.header.rubricDigest == digest { return true }
    guard cacheable, let file = cacheFile(digest: digest),
      let handle = try? FileHandle(forReadingFrom: file),
      let bytes = try? handle.read(upToCount: CompiledRubricFile.headerSize)
    else { return false }
    try? handle.close()
    guard let header = try? CompiledRubricFile.header(prefix: bytes) else { return false }
    return header.rubricDigest == digest && header.compilerKey == Bundled.shared?.header.payloadDigest
  }

  private static func loadOrCompile(_ rubric: Rubric) throws(RubricError) -> CompiledRubric {
    if let bundled = Bundled.shared, bundled.header.rubricDigest == rubric.digest,
      let compiled = try? CompiledRubricFile.decode(bundled.data)
    {
      return compiled
    }
    let cached = rubric.isFromFile ? cacheFile(for: rubric) : nil
    if let cached, let compiled = readCache(cached, rubric: rubric) { return compiled }
    let compiled = try compileAfresh(rubric)
    if let cached, let key = Bundled.shared?.header.payloadDigest {
      writeCache(compiled, to: cached, rubric: rubric, compilerKey: key)
    }
    return compiled
  }

  /// The artefact Rebound bundles for this rubric: `Resources/rubric.compiled` is this for
  /// the built-in rubric (a test checks it is up to date).
  public static func bundledArtefact(for rubric: Rubric) throws(RubricError) -> Data {
    CompiledRubricFile.encode(
      try compileAfresh(rubric), rubricDigest: rubric.digest, compilerKey: Array(repeating: 0, count: 32))
  }

  /// Compiles the rubric into the cache unless it is bundled or cached already. Returns
  /// where it is now kept: "built-in", the cache file, or nil when caching is off.
  public static func prepare(_ rubric: Rubric) throws(RubricError) -> String? {
    if let bundled = Bundled.shared, bundled.header.rubricDigest == rubric.digest,
      (try? CompiledRubricFile.decode(bundled.data)) != nil
    {
      return "built-in"
    }
    _ = try compiled(for: rubric)
    guard let file = cacheFile(for: rubric), readCache(file, rubric: rubric) != nil else { return nil }
    return file.path
  }

  static func cacheFile(for rubric: Rubric) -> URL? { cacheFile(digest: rubric.digest) }

  static func cacheFile(digest: [UInt8]) -> URL? {
    let name = "rubric-" + Hex.string(digest.prefix(16)) + ".compiled"
    return cacheDirectory()?.appendingPathComponent(name)
  }

  private static func readCache(_ url: URL, rubric: Rubric) -> CompiledRubric? {
    guard let data = try? Data(contentsOf: url, options: .alwaysMapped),
      let header = try? CompiledRubricFile.header(of: data),
      header.rubricDigest == rubric.digest, header.compilerKey == Bundled.shared?.header.payloadDigest
    else { return nil }
    return try? CompiledRubricFile.decode(data)
  }

  /// How many compiled rubrics the cache keeps: a trainer editing a rule file makes a new
  /// one on every edit, and only the latest few are worth keeping.
  static let cacheLimit = 8

  /// A cache is a convenience: a folder that cannot be written only means the next start
  /// compiles again.
  private static func writeCache(_ compiled: CompiledRubric, to url: URL, rubric: Rubric, compilerKey: [UInt8]) {
    let data = CompiledRubricFile.encode(compiled, rubricDigest: rubric.digest, compilerKey: compilerKey)
    let folder = url.deletingLastPathComponent()
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    guard (try? data.write(to: url, options: .atomic)) != nil else { return }
    pruneCache(in: folder, keeping: url)
  }

  /// Removes all but the `cacheLimit` most recently written compiled rubrics.
  private static func pruneCache(in folder: URL, keeping newest: URL) {
    let key = URLResourceKey.contentModificationDateKey
    guard let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: [key])
    else { return }
    let compiled = files.filter { $0.lastPathComponent.hasPrefix("rubric-") && $0.pathExtension == "compiled" }
    guard compiled.count > cacheLimit else { return }
    let byAge = compiled.map { file in
      (file, (try? file.resourceValues(forKeys: [key]).contentModificationDate) ?? .distantPast)
    }.sorted { $0.1 > $1.1 }
    for (file, _) in byAge.dropFirst(cacheLimit) where file.lastPathComponent != newest.lastPathComponent {
      try? FileManager.default.removeItem(at: file)
    }
  }

  /// The artefact compiled from the built-in rubric, shipped as a resource.
  struct Bundled: Sendable {
    let data: Data
    let header: CompiledRubricFile.Header

    static let shared: Bundled? = {
      guard let url = Bundle.module.url(forResource: "rubric", withExtension: "compiled"),
        let data = try? Data(contentsOf: url, options: .alwaysMapped),
        let header = try? CompiledRubricFile.header(of: data)
      else { return nil }
      return Bundled(data: data, header: header)
    }()
  }

  /// Rubrics compiled or loaded in this process, by their hash.
  private static let memo = Memo()

  private final class Memo: @unchecked Sendable {
    private let lock = NSLock()
    private var byDigest: [[UInt8]: CompiledRubric] = [:]

    func value(for digest: [UInt8]) -> CompiledRubric? {
      lock.withLock { byDigest[digest] }
    }

    func store(_ compiled: CompiledRubric, for digest: [UInt8]) {
      lock.withLock { byDigest[digest] = compiled }
    }
  }
}
