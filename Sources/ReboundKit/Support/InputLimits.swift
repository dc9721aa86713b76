#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How much Rebound reads at once. Every input is bounded, so no file or reply can make it
/// run for minutes or use hundreds of megabytes; each limit is far above anything written
/// for it (a long, careful reply is under 1,500 characters; a 40-turn transcript under 30 KB).
/// `docs/limits.md` lists them.
public enum InputLimits {
  /// The longest reply scored, in characters (Unicode scalars): `play` and `learn` refuse a
  /// longer one, `score` and `eval` report it by its line and go on.
  public static let replyCharacters = 4_000
  /// The largest transcript file `grade`, `show`, `review` and `progress` read.
  public static let transcriptBytes = 1 << 20
  /// The largest corpus (`eval`, `train`) or texts (`--texts`) file.
  public static let corpusBytes = 8 << 20
  /// The largest rule file.
  public static let rubricBytes = 8 << 20
  /// The largest scenario file.
  public static let scenarioBytes = 1 << 20

  /// Why `text` is too long to score, or nil when it is not.
  public static func replyProblem(_ text: String) -> String? {
    // Four UTF-8 bytes at most a scalar: a short text needs no count.
    guard text.utf8.count > replyCharacters else { return nil }
    let characters = text.unicodeScalars.count
    guard characters > replyCharacters else { return nil }
    return "the reply is \(grouped(characters)) characters long; Rebound scores replies of up to \(grouped(replyCharacters))"
  }

  /// What `play` and `learn` say when they refuse a reply.
  public static func refusal(_ problem: String) -> String {
    problem.prefix(1).uppercased() + problem.dropFirst() + ". Nothing was scored or saved: say it in fewer words."
  }

  /// Why a file of `bytes` is too large to read as `what`, or nil when it is not.
  public static func sizeProblem(bytes: Int, limit: Int, what: String) -> String? {
    guard bytes > limit else { return nil }
    return "the file is \(grouped(bytes)) bytes, larger than the \(megabytes(limit)) (\(grouped(limit)) bytes) a \(what) may be; it was not read"
  }

  /// The size of the file at `path`, or nil when it cannot be found.
  public static func size(of path: String) -> Int? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    return Int(info.st_size)
  }

  /// A limit in whole megabytes (every limit is one).
  static func megabytes(_ bytes: Int) -> String { "\(bytes >> 20) MB" }

  static func grouped(_ number: Int) -> String {
    let digits = String(number)
    var out = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 { out += "," }
      out.append(digit)
    }
    return out
  }
}
