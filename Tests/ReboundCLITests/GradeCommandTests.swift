import Foundation
import ReboundKit
import Testing

/// `rebound grade` end to end: the built binary on copies of the example transcripts and on
/// hand-written ones, every output format parsed and checked, exit codes, filters and flags.
@Suite struct GradeCommandTests {
  static let scenarios = ReboundBinary.packageRoot.appendingPathComponent("scenarios").path
  static let examples = ReboundBinary.packageRoot.appendingPathComponent("transcripts/examples").path

  static let anaLostPants = "2026-11-23T034605Z-ana-lost-pants.txt"
  static let benLostPants = "2026-11-23T034607Z-ben-lost-pants.txt"
  static let anaBrokenGlassware = "2026-11-23T034610Z-ana-broken-glassware.txt"
  static let benBrokenGlassware = "2026-11-23T034612Z-ben-broken-glassware.txt"
  static let allExamples = [anaLostPants, benLostPants, anaBrokenGlassware, benBrokenGlassware]

  static func example(_ name: String) throws -> String {
    try String(contentsOfFile: examples + "/" + name, encoding: .utf8)
  }

  /// Copies example transcripts into the folder, optionally with text appended (a review).
  static func copy(_ names: [String], into folder: borrowing TemporaryDirectory, appending extra: [String: String] = [:]) throws {
    for name in names { try folder.write(name, try example(name) + (extra[name] ?? "")) }
  }

  static func grade(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> ReboundBinary.Outcome {
    try ReboundBinary.run(["grade"] + arguments + ["--scenarios", scenarios], sourceLocation: sourceLocation)
  }

  /// A chat log written by hand from a real conversation, as `docs/transcript-format.md`
  /// describes: no outcome, no hashes, no moods, a comment and a reply over two lines. Its
  /// replies make all four moves, in the right order, and offer something extra.
  static func realChat(trainee: String, extraHeader: String = "") -> String {
    """
    # typed in from the chat window on 12 March
    scenario: broken-glassware
    trainee: \(trainee)
    \(extraHeader)
    customer: Hi. One of the eight glasses I ordered for my sister's birthday arrived in pieces.
    trainee: Oh no, I'm so sorry. Your sister's birthday present arrived with a glass broken, and on your very first order with us. That's really disappointing.
    customer: Yes. It is.
    trainee: I'll replace the broken glass with a new one, and I'm refunding your whole order too.
      This isn't how your first order with us should have gone.
    customer: ok
    trainee: And your sister will get a 40 dollar gift card from us, for her birthday.
    customer: That's kind.
    trainee: The new glass goes out today by express, so you'll have it on Friday. I'll ring you on Friday to make sure it arrived in one piece.

    """
  }

  static let malformed = """
    scenario: broken-glassware
    trainee: sam

    customer: One of the glasses arrived broken.
    traniee: I am so sorry.

    """

  static let benReview = """

    review: maria at 2026-11-24T09:00:00Z
    set: apologize yes (was no)
    comment: He said "sorry" later, by phone, and meant it

    """

  /// The rows of the table printed by `grade`: each row's cells split on runs of spaces.
  static func tableRows(_ output: String) -> (rows: [[String]], summary: [[String]]) {
    let lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    func block(after header: String) -> [[String]] {
      guard let start = lines.firstIndex(where: { $0.hasPrefix(header) }) else { return [] }
      return lines[(start + 1)...].prefix { !$0.isEmpty }.map { $0.split(separator: " ").map(String.init) }
    }
    return (block(after: "TRAINEE  SCENARIO"), block(after: "TRAINEE  ATTEMPTS"))
  }

  static func json(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any], "not a JSON object: \(text)", sourceLocation: sourceLocation)
  }

  static func rows(_ document: [String: Any], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
    try #require(document["transcripts"] as? [[String: Any]], sourceLocation: sourceLocation)
  }

  static func name(_ row: [String: Any]) -> String { ((row["file"] as? String ?? "") as NSString).lastPathComponent }

  // MARK: - Table

  @Test func outputToAFolderIsRefusedAndTheFolderKept() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(Self.allExamples, into: folder)
    let result = try Self.grade([folder.url.path, "--format", "csv", "--output", folder.url.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("it is a folder"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path).count == Self.allExamples.count)
  }

  /// An empty `$REBOUND_TRANSCRIPTS` means the default folder, as for `progress`.
  @Test func anEmptyTranscriptsVariableMeansTheDefaultFolder() throws {
    let directory = try TemporaryDirectory()
    let folder = directory.url.appendingPathComponent("transcripts")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      atPath: Self.examples + "/" + Self.anaLostPants, toPath: folder.appendingPathComponent(Self.anaLostPants).path)
    let outcome = try ReboundBinary.run(
      ["grade", "--format", "csv", "--scenarios", Self.scenarios], environment: ["REBOUND_TRANSCRIPTS": ""], in: directory.url)
    #expect(outcome.status == 0, "\(outcome.stderr)")
    #expect(outcome.stdout.contains("lost-pants"), "\(outcome.stdout)")
  }

  @Test func theDefaultTableShowsARowPerTranscriptAndASummaryPerTrainee() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(Self.allExamples, into: folder)
    let result = try Self.grade([folder.url.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    #expect(!result.stdout.contains("\u{1B}"), "piped output has no colour")
    let header = try #require(result.stdout.split(separator: "\n").first)
    #expect(
      header.split(separator: " ") == [
        "TRAINEE", "SCENARIO", "DATE", "MODE", "OUTCOME", "SCORE", "PASS", "ACK", "COM", "APO", "ANS", "XTR", "PITFALLS", "NOTES",
      ])
    let (rows, summary) = Self.tableRows(result.stdout)
    #expect(rows.count == 4)
    let prefixes = rows.map { Array($0.prefix(11)) }
    #expect(prefixes.contains(["ana", "lost-pants", "2026-11-23", "practice", "resolved", "100", "pass", "✓", "✓", "✓", "✓"]))
    #expect(prefixes.contains(["ben", "lost-pants", "2026-11-23", "exam", "walked-out", "0", "fail", "✗", "✓", "✗", "✗"]))
    let benGlassware = try #require(rows.first { $0.prefix(2) == ["ben", "broken-glassware"] })
    #expect(benGlassware.joined(separator: " ").contains("excuse×2, blame"))
    #expect(result.stdout.contains("\nPer trainee\n"))
    #expect(summary == [["ana", "2", "100", "100", "100.0", "2", "-"], ["ben", "2", "0", "0", "0.0", "0", "acknowledge"]])
  }

  /// The table the binary streams (rows set aside in a temporary file, then aligned) is the
  /// table the library builds from all the rows at once, multi-byte names included.
  @Test func theStreamedTableIsTheWholeBatchTable() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(Self.allExamples, into: folder)
    try folder.write("zoe.txt", try Self.example(Self.anaLostPants).replacingOccurrences(of: "trainee: ana", with: "trainee: Zoë Ødegård-山田"))
    let result = try Self.grade([folder.url.path])
    #expect(result.status == 0, "\(result.stderr)")
    let rubric = try Rubric.builtIn().with(model: try ModelFile.builtIn())
    let grader = try Grader(rubric: rubric, library: ScenarioLibrary.load(paths: [Self.scenarios]))
    let batch = grader.gradeAll(paths: [folder.url.path])
    #expect(batch.transcripts.count == 5)
    #expect(result.stdout == GradeTable(batch: batch, style: .plain).text)
  }

  /// Without a temporary folder the table cannot set its rows aside: a clear error, exit 2,
  /// and no half-written report.
  @Test func aMissingTemporaryFolderLeavesNoPartialReport() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(Self.allExamples, into: folder)
    let report = folder.url.appendingPathComponent("report.txt").path
    let result = try ReboundBinary.run(
      ["grade", folder.url.path, "--output", report, "--scenarios", Self.scenarios],
      environment: ["TMPDIR": folder.url.appendingPathComponent("missing").path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot write \(report): cannot create a temporary file"), "\(result.stderr)")
    #expect(!FileManager.default.fileExists(atPath: report))
    #expect(!FileManager.default.fileExists(atPath: report + ".partial"))
  }

  // MARK: - JSON

  @Test func jsonFollowsTheDocumentedSchemaAndReportsAMalformedFileAmongGoodOnes() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(Self.allExamples, into: folder, appending: [Self.benLostPants: Self.benReview])
    try folder.write("chat.txt", Self.realChat(trainee: "sam"))
    let bad = try folder.write("bad.txt", Self.malformed)
    let result = try Self.grade([folder.url.path, "--format", "json"])

    // The bad file: exit 2, one `file:line:` line on stderr, the others still graded.
    #expect(result.status == 2)
    let errorLines = result.stderr.split(separator: "\n")
    #expect(errorLines.count == 1, "\(result.stderr)")
    #expect(errorLines.first?.hasPrefix(bad + ":5:") == true, "\(result.stderr)")
    #expect(result.stderr.contains("traniee"))

    let document = try Self.json(result.stdout)
    let errors = try #require(document["errors"] as? [[String: Any]])
    #expect(errors.count == 1)
    #expect(errors.first?["file"] as? String == bad)
    #expect(errors.first?["line"] as? Int == 5)
    #expect((errors.first?["message"] as? String)?.contains("unknown speaker 'traniee'") == true)

    let rows = try Self.rows(document)
    #expect(Set(rows.map(Self.name)) == Set(Self.allExamples + ["chat.txt"]))
    for row in rows {
      let file = Self.name(row)
      #expect((row["file"] as? String)?.hasPrefix(folder.url.path) == true, "\(file)")
      #expect(row["trainee"] is String && row["scenario"] is String, "\(file)")
      #expect(row["mode"] == nil || row["mode"] is NSNull || ["practice", "exam"].contains(row["mode"] as? String), "\(file)")
      #expect(row["outcome"] == nil || row["outcome"] is NSNull || row["outcome"] is String, "\(file)")
      let score = try #require(row["score"] as? Int, "\(file)")
      #expect((0...100).contains(score))
      #expect(row["passed"] is Bool, "\(file)")
      #expect(row["turns"] is Int, "\(file)")
      let moves = try #require(row["moves"] as? [String: Any], "\(file)")
      #expect(Set(moves.keys) == ["acknowledge", "communicate", "apologize", "answer"])
      #expect(moves.values.allSatisfy { $0 is Bool }, "\(file)")
      let pitfalls = try #require(row["pitfalls"] as? [String: Any], "\(file)")
      #expect(Set(pitfalls.keys) == ["excuse", "blame", "rude"])
      #expect(pitfalls.values.allSatisfy { ($0 as? Int).map { $0 >= 0 } == true }, "\(file)")
      #expect(row["review"] == nil || row["review"] is NSNull || row["review"] is [String: Any], "\(file)")
    }

    func row(_ name: String) throws -> [String: Any] { try #require(rows.first { Self.name($0) == name }) }
    let ana = try row(Self.anaLostPants)
    #expect(ana["trainee"] as? String == "ana")
    #expect(ana["scenario"] as? String == "lost-pants")
    #expect(ana["mode"] as? String == "practice")
    #expect(ana["outcome"] as? String == "resolved")
    #expect(ana["score"] as? Int == 100)
    #expect(ana["passed"] as? Bool == true)
    #expect(ana["turns"] as? Int == 4)
    #expect(ana["moves"] as? [String: Bool] == ["acknowledge": true, "communicate": true, "apologize": true, "answer": true])
    #expect(ana["pitfalls"] as? [String: Int] == ["excuse": 0, "blame": 0, "rude": 0])

    let benGlassware = try row(Self.benBrokenGlassware)
    #expect(benGlassware["passed"] as? Bool == false)
    #expect(benGlassware["moves"] as? [String: Bool] == ["acknowledge": false, "communicate": true, "apologize": false, "answer": false])
    #expect(benGlassware["pitfalls"] as? [String: Int] == ["excuse": 2, "blame": 1, "rude": 0])

    let chat = try row("chat.txt")
    #expect(chat["trainee"] as? String == "sam")
    #expect(chat["score"] as? Int == 100)
    #expect(chat["passed"] as? Bool == false, "a hand-written chat is unverified, never a pass")
    #expect(chat["turns"] as? Int == 4)

    let reviewed = try row(Self.benLostPants)
    let review = try #require(reviewed["review"] as? [String: Any])
    #expect(review["reviewer"] as? String == "maria")
    #expect(review["time"] as? String == "2026-11-24T09:00:00Z")
    #expect(review["comment"] as? String == "He said \"sorry\" later, by phone, and meant it")
    #expect(review["changes"] as? [String: Bool] == ["apologize": true])
    #expect((reviewed["moves"] as? [String: Bool])?["apologize"] == true)
    #expect((reviewed["automatic_moves"] as? [String: Bool])?["apologize"] == false)
    #expect(reviewed["score"] as? Int == 15, "communicate 20 + apologize 20 (set by review) − excuse 10 − blame 15")
    #expect(reviewed["automatic_score"] as? Int == 0)
  }

  // MARK: - CSV

  /// An RFC 4180 reader: fields split by commas, records ended by CRLF, quoted fields may hold
  /// commas, CRLF and doubled quotes. Strict: a bare LF or CR, or a stray quote, is an error.
  static func parseCSV(_ text: String) throws -> [[String]] {
    struct Malformed: Error, CustomStringConvertible { let description: String }
    let scalars = Array(text.unicodeScalars)
    var records: [[String]] = [], record: [String] = [], field = String.UnicodeScalarView()
    var index = 0
    var quoted = false, wasQuoted = false
    while index < scalars.count {
      let c = scalars[index]
      index += 1
      if quoted {
        if c == "\"" {
          if index < scalars.count && scalars[index] == "\"" {
            field.append("\"")
            index += 1
          } else {
            quoted = false
            wasQuoted = true
          }
        } else {
          field.append(c)
        }
        continue
      }
      switch c {
      case "\"":
        guard field.isEmpty && !wasQuoted else { throw Malformed(description: "a quote inside an unquoted field at \(index)") }
        quoted = true
      case ",":
        record.append(String(field))
        field = String.UnicodeScalarView()
        wasQuoted = false
      case "\r":
        guard index < scalars.count, scalars[index] == "\n" else { throw Malformed(description: "a bare CR at \(index)") }
        index += 1
        record.append(String(field))
        records.append(record)
        record = []
        field = String.UnicodeScalarView()
        wasQuoted = false
      case "\n":
        throw Malformed(description: "a bare LF at \(index)")
      default:
        guard !wasQuoted else { throw Malformed(description: "text after a closing quote at \(index)") }
        field.append(c)
      }
    }
    if quoted { throw Malformed(description: "an unterminated quoted field") }
    if !field.isEmpty || !record.isEmpty || wasQuoted {
      record.append(String(field))
      records.append(record)
    }
    return records
  }

  @Test func theCSVReaderOfTheseTestsIsStrict() throws {
    #expect(try Self.parseCSV("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\r\nlines\",,x\r\n") == [["a", "b,c", "say \"hi\""], ["two\r\nlines", "", "x"]])
    #expect(throws: (any Error).self) { try Self.parseCSV("a,b\nc,d\r\n") }
    #expect(throws: (any Error).self) { try Self.parseCSV("a,b\"c\r\n") }
    #expect(throws: (any Error).self) { try Self.parseCSV("\"open\r\n") }
  }

  @Test func csvIsRFC4180WithAColumnPerMoveAndPitfallAndNoCellASpreadsheetWouldRun() throws {
    let folder = try TemporaryDirectory()
    try Self.copy([Self.anaLostPants, Self.benLostPants], into: folder, appending: [Self.benLostPants: Self.benReview])
    // A trainee name a spreadsheet would run, and a review comment starting with '-'.
    try folder.write(
      "formula.txt",
      try Self.example(Self.anaLostPants).replacingOccurrences(
        of: "trainee: ana\n", with: "trainee: =HYPERLINK(\"http://x.example\",\"click\")\n")
        + "\nreview: lee at 2026-11-25T10:00:00Z\ncomment: -1 for tone, +1 for the free dive\n")
    let result = try Self.grade([folder.url.path, "--format", "csv"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains(#""He said ""sorry"" later, by phone, and meant it""#))

    let records = try Self.parseCSV(result.stdout)
    #expect(records.count == 4)
    let header = try #require(records.first)
    for column in [
      "file", "trainee", "scenario", "date", "mode", "outcome", "score", "passed", "acknowledge", "communicate", "apologize",
      "answer", "excuse", "blame", "rude", "turns",
    ] {
      #expect(header.contains(column), "no column \(column) in \(header)")
    }
    #expect(records.allSatisfy { $0.count == header.count }, "every record has \(header.count) fields")
    let rows = records.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    for row in rows {
      for move in ["acknowledge", "communicate", "apologize", "answer"] { #expect(["true", "false"].contains(row[move])) }
      for pitfall in ["excuse", "blame", "rude"] { #expect(Int(row[pitfall] ?? "") != nil) }
    }
    for cell in records.joined() {
      #expect(!["=", "+", "-", "@"].contains(cell.first.map(String.init) ?? ""), "a cell a spreadsheet would run: \(cell)")
    }

    let ben = try #require(rows.first { $0["file"]?.hasSuffix(Self.benLostPants) == true })
    #expect(ben["trainee"] == "ben")
    #expect(ben["outcome"] == "walked-out")
    #expect(ben["apologize"] == "true", "the reviewed verdict")
    #expect(ben["communicate"] == "true")
    #expect(ben["excuse"] == "1")
    #expect(ben["blame"] == "1")
    #expect(ben["passed"] == "false")
    #expect(ben["review_comment"] == "He said \"sorry\" later, by phone, and meant it")
    #expect(ben["reviewer"] == "maria")

    let ana = try #require(rows.first { $0["file"]?.hasSuffix(Self.anaLostPants) == true })
    #expect(ana["trainee"] == "ana")
    #expect(ana["score"] == "100")
    #expect(ana["passed"] == "true")
    #expect(ana["turns"] == "4")

    let formula = try #require(rows.first { $0["file"]?.hasSuffix("formula.txt") == true })
    #expect(formula["trainee"] == "'=HYPERLINK(\"http://x.example\",\"click\")")
    #expect(formula["review_comment"] == "'-1 for tone, +1 for the free dive")
    #expect(formula["score"] == "100")
  }

  // MARK: - Markdown

  @Test func markdownIsATableOfTranscriptsAndATableOfTrainees() throws {
    let folder = try TemporaryDirectory()
    try Self.copy([Self.anaLostPants, Self.benLostPants], into: folder)
    try folder.write("pipe.txt", try Self.example(Self.anaLostPants).replacingOccurrences(of: "trainee: ana\n", with: "trainee: x|y\n"))
    let result = try Self.grade([folder.url.path, "--format", "markdown"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    #expect(lines.first == "# Graded transcripts")
    /// The cell separators of a table row: pipes not escaped by a backslash.
    func pipes(_ line: String) -> Int {
      var count = 0
      var previous: Character = " "
      for c in line {
        if c == "|" && previous != "\\" { count += 1 }
        previous = c
      }
      return count
    }
    let headerIndex = try #require(lines.firstIndex { $0.hasPrefix("| trainee | scenario | date |") })
    let header = lines[headerIndex]
    for column in ["acknowledge", "communicate", "apologize", "answer", "pitfalls", "score", "pass"] {
      #expect(header.contains("| \(column) |"))
    }
    #expect(lines[headerIndex + 1].hasPrefix("|---|"))
    #expect(pipes(lines[headerIndex + 1]) == pipes(header))
    let rows = lines[(headerIndex + 2)...].prefix { $0.hasPrefix("|") }
    #expect(rows.count == 3)
    #expect(rows.allSatisfy { pipes($0) == pipes(header) }, "\(rows)")
    #expect(rows.contains { $0.hasPrefix("| ana | lost-pants | 2026-11-23 | practice | resolved | 100 | pass | ✓ | ✓ | ✓ | ✓ |") })
    #expect(rows.contains { $0.hasPrefix("| ben | lost-pants | 2026-11-23 | exam | walked-out | 0 | fail | ✗ | ✓ | ✗ | ✗ | ✗ | excuse, blame |") })
    #expect(rows.contains { $0.hasPrefix("| x\\|y | lost-pants |") })
    #expect(lines.contains("## Per trainee"))
    #expect(lines.contains("| ana | 1 | 100 | 100 | 100.0 | 1 | - |"))
    #expect(lines.contains("| ben | 1 | 0 | 0 | 0.0 | 0 | acknowledge |"))
  }

  // MARK: - HTML

  struct Tag {
    var name: String
    var closing: Bool
    var text: Substring
  }

  /// Every tag of the page, and what is wrong with its nesting: a closing tag that does not
  /// match the open one, an element left open, a `<` that starts no tag.
  static func scan(_ html: String) -> (tags: [Tag], problems: [String]) {
    let void: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    var tags: [Tag] = [], problems: [String] = [], open: [String] = []
    var rest = Substring(html)
    while let start = rest.firstIndex(of: "<") {
      guard let end = rest[start...].firstIndex(of: ">") else {
        problems.append("a '<' never closed")
        break
      }
      let inside = rest[rest.index(after: start)..<end]
      rest = rest[rest.index(after: end)...]
      if inside.hasPrefix("!") { continue }
      let closing = inside.hasPrefix("/")
      let name = (closing ? inside.dropFirst() : inside).prefix { $0.isLetter || $0.isNumber }.lowercased()
      guard !name.isEmpty else {
        problems.append("a '<' that starts no tag: <\(inside.prefix(20))")
        continue
      }
      tags.append(Tag(name: name, closing: closing, text: inside))
      if closing {
        if open.last == name { open.removeLast() } else { problems.append("</\(name)> closes <\(open.last ?? "nothing")>") }
      } else if !inside.hasSuffix("/") && !void.contains(name) {
        open.append(name)
        if name == "style", let close = rest.range(of: "</style>") { rest = rest[close.lowerBound...] }
      }
    }
    if !open.isEmpty { problems.append("left open: \(open)") }
    return (tags, problems)
  }

  @Test func theHTMLScannerOfTheseTestsFindsBadNesting() {
    #expect(Self.scan("<p>a <b>b</b></p><br><svg><line/></svg>").problems.isEmpty)
    #expect(!Self.scan("<p>a <b>b</p></b>").problems.isEmpty)
    #expect(!Self.scan("<div><p>a</p>").problems.isEmpty)
    #expect(!Self.scan("<p>1 < 2</p>").problems.isEmpty)
  }

  @Test func htmlIsOneSelfContainedWellFormedFileWithChartsAndEveryTextEscaped() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(
      [Self.anaLostPants, Self.benLostPants], into: folder,
      appending: [Self.benLostPants: Self.benReview + "\nreview: lee at 2026-11-25T09:00:00Z\ncomment: </p><script>alert('review')</script>\n"])
    try folder.write(
      "hostile.txt",
      """
      scenario: lost-pants
      trainee: sam

      customer: <img src=x onerror=alert(1)> my trousers & my "belt"
      trainee: I'm so sorry <script>alert(1)</script> about your trousers.
      customer: <a href="http://evil.example">click</a>

      """)
    let report = folder.url.appendingPathComponent("report.html")
    let result = try Self.grade([folder.url.path, "--format", "html", "--output", report.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.isEmpty, "the report goes to the file")
    #expect(result.stderr.contains("wrote \(report.path): 3 transcripts"))
    let html = try String(contentsOf: report, encoding: .utf8)

    #expect(html.hasPrefix("<!DOCTYPE html>"))
    let (tags, problems) = Self.scan(html)
    #expect(problems.isEmpty, "\(problems)")
    #expect(html.range(of: #"&(?![a-z]+;|#[0-9]+;)"#, options: .regularExpression) == nil, "a bare '&'")

    // Self-contained: no scripts, no external images, fonts, styles or links.
    #expect(!html.contains("<script"))
    for tag in tags where !tag.closing {
      #expect(!["script", "img", "link", "iframe", "object", "embed", "image"].contains(tag.name), "<\(tag.text)>")
      #expect(!tag.text.contains("src="), "<\(tag.text)>")
      #expect(tag.text.range(of: #"\son[a-z]+="#, options: .regularExpression) == nil, "<\(tag.text)>")
      if let href = tag.text.range(of: "href=\"") { #expect(tag.text[href.upperBound...].hasPrefix("#"), "<\(tag.text)>") }
    }
    #expect(!html.contains("@import") && !html.contains("url("))

    // Three inline charts.
    #expect(tags.filter { $0.name == "svg" && !$0.closing }.count == 3)

    // The hostile text shows as text.
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; my trousers &amp; my &quot;belt&quot;"))
    #expect(html.contains("&lt;a href=&quot;http://evil.example&quot;&gt;click&lt;/a&gt;"))
    #expect(html.contains("&lt;/p&gt;&lt;script&gt;alert(&#39;review&#39;)&lt;/script&gt;"))

    // The evidence on hover (a title on each highlight) and in print (the list under each reply).
    #expect(html.range(of: #"<mark class="[^"]*l-apologize[^"]*" title="[^"]*apologize: "#, options: .regularExpression) != nil)
    #expect(html.contains("<ul class=\"evidence\">"))
    #expect(html.contains("@media print{.evidence{display:block}"))
    // The reviews beside the automatic verdicts.
    #expect(html.contains("<th>automatic</th><th>reviewed</th>"))
    #expect(html.contains("<tr><td>apologize</td><td>✗</td><td class=\"changed\">✓</td></tr>"))
    #expect(html.contains("Review by maria"))
    #expect(html.contains("He said &quot;sorry&quot; later, by phone, and meant it"))
  }

  // MARK: - Exit codes

  @Test func minScoreExitsOneWhenATranscriptIsBelowItAndNamesIt() throws {
    let folder = try TemporaryDirectory()
    try Self.copy([Self.anaLostPants, Self.benLostPants], into: folder)
    let result = try Self.grade([folder.url.path, "--min-score", "50"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("1 transcript below 50: \(folder.url.path)/\(Self.benLostPants)"), "\(result.stderr)")
    #expect(!result.stderr.contains(Self.anaLostPants))
    #expect(Self.tableRows(result.stdout).rows.count == 2, "the report is still printed")
  }

  @Test func minScoreExitsZeroWhenEveryTranscriptReachesIt() throws {
    let folder = try TemporaryDirectory()
    try Self.copy([Self.anaLostPants], into: folder)
    try folder.write("again.txt", try Self.example(Self.anaLostPants))
    let result = try Self.grade([folder.url.path, "--min-score", "100"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stderr.contains("below"))
    #expect(Self.tableRows(result.stdout).rows.count == 2)
  }

  @Test func anEmptyFolderSaysSoAndExitsTwo() throws {
    let folder = try TemporaryDirectory()
    try folder.write("notes.md", "not a transcript")
    let result = try Self.grade([folder.url.path])
    #expect(result.status == 2)
    #expect(result.stderr.contains("no transcripts"))
    #expect(result.stderr.contains(folder.url.path))
    #expect(result.stdout.isEmpty)
  }

  // MARK: - Filters

  @Test func traineeAndScenarioFiltersKeepOnlyTheTranscriptsThatMatchBoth() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(Self.allExamples, into: folder)
    let result = try Self.grade([folder.url.path, "--trainee", "ana", "--scenario", "broken-glassware", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try Self.rows(try Self.json(result.stdout))
    #expect(rows.map(Self.name) == [Self.anaBrokenGlassware])
  }

  @Test func sinceKeepsSessionsStartedOnOrAfterTheDay() throws {
    let folder = try TemporaryDirectory()
    try Self.copy(Self.allExamples, into: folder)
    try folder.write("on-the-day.txt", Self.realChat(trainee: "cy", extraHeader: "started: 2026-11-24T00:00:00Z\n"))
    try folder.write("later.txt", Self.realChat(trainee: "cy", extraHeader: "started: 2026-12-01T10:00:00Z\n"))
    try folder.write("undated.txt", Self.realChat(trainee: "cy"))
    let result = try Self.grade([folder.url.path, "--since", "2026-11-24", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try Self.rows(try Self.json(result.stdout))
    #expect(rows.map(Self.name) == ["on-the-day.txt", "later.txt"])

    let bad = try Self.grade([folder.url.path, "--since", "24/11/2026"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--since must be a date YYYY-MM-DD"))
  }

  // MARK: - Real chats and tampering

  /// A chat typed in by hand is graded, but nothing shows it is what a session saved, so it
  /// is never a pass, whatever its score.
  @Test func aHandWrittenRealChatIsGradedButIsNeverAPass() throws {
    let folder = try TemporaryDirectory()
    try folder.write("sam.txt", Self.realChat(trainee: "sam"))
    // The same replies in a session that ended with the customer walking out.
    try folder.write("tom.txt", Self.realChat(trainee: "tom", extraHeader: "outcome: walked-out\n"))
    let result = try Self.grade([folder.url.path])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = Self.tableRows(result.stdout).rows
    #expect(rows.contains(["sam", "broken-glassware", "-", "-", "100", "unverified", "✓", "✓", "✓", "✓", "✓", "unverified"]), "\(rows)")
    #expect(rows.contains(["tom", "broken-glassware", "-", "walked-out", "100", "unverified", "✓", "✓", "✓", "✓", "✓", "unverified"]), "\(rows)")
  }

  @Test func editingATurnOfAFinishedTranscriptRaisesTheTamperFlag() throws {
    let folder = try TemporaryDirectory()
    let original = try Self.example(Self.anaLostPants)
    try folder.write("original.txt", original)
    let reply = "Can you tell me exactly what was taken, so I can make it right?"
    #expect(original.contains(reply))
    try folder.write("edited.txt", original.replacingOccurrences(of: reply, with: "Tell me what was taken."))
    let result = try Self.grade([folder.url.path, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let rows = try Self.rows(try Self.json(result.stdout))
    let edited = try #require(rows.first { Self.name($0) == "edited.txt" })
    let untouched = try #require(rows.first { Self.name($0) == "original.txt" })
    #expect((edited["flags"] as? [String])?.contains("tampered") == true)
    #expect((untouched["flags"] as? [String])?.contains("tampered") == false)
    #expect(edited["turns"] as? Int == 4)
  }
}
