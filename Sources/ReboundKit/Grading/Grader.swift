public import Foundation

/// Re-scores transcripts with the current rubric and each scenario's vocabulary, applies the
/// managers' reviews, and notes what changed since each session.
public struct Grader: Sendable {
  public var rubric: Rubric { scorers.base.rubric }
  private let library: ScenarioLibrary
  private let scorers: ScorerCatalog

  /// Grades with a scorer already built (`play` passes its own, so nothing is loaded twice).
  public init(base: Scorer, library: ScenarioLibrary) {
    self.library = library
    self.scorers = ScorerCatalog(base: base, vocabularies: .library(library))
  }

  public init(rubric: Rubric, library: ScenarioLibrary) throws(RubricError) {
    self.init(base: try Scorer(rubric: rubric), library: library)
  }

  /// What became of one file.
  public enum Result: Sendable {
    case graded(GradedTranscript)
    /// Left out by the filter.
    case skipped
    case failed([SourceDiagnostic])
  }

  /// Reads and grades one file.
  public func grade(file: String, filter: GradeFilter = GradeFilter(), keepDetails: Bool = false) -> Result {
    var workspace = Scorer.Workspace()
    return grade(file: file, filter: filter, keepDetails: keepDetails, using: &workspace)
  }

  /// The same, scoring with a workspace kept from one transcript to the next.
  func grade(file: String, filter: GradeFilter, keepDetails: Bool, using workspace: inout Scorer.Workspace) -> Result {
    if let size = InputLimits.size(of: file),
      let problem = InputLimits.sizeProblem(bytes: size, limit: InputLimits.transcriptBytes, what: "transcript")
    {
      return .failed([SourceDiagnostic(file: file, line: 0, column: 0, message: problem)])
    }
    guard let data = FileManager.default.contents(atPath: file) else {
      return .failed([SourceDiagnostic(file: file, line: 0, column: 0, message: "cannot read the file")])
    }
    guard let text = String(data: data, encoding: .utf8) else {
      return .failed([.notUTF8(file: file, bytes: data)])
    }
    let (parsed, problems) = TranscriptParser(file: file).parse(text)
    guard let transcript = parsed else {
      // A file the filter leaves out by its header is skipped, even with broken turns.
      if let header = TranscriptHeader.parse(headerOf: text, file: file), !filter.keeps(header) { return .skipped }
      return .failed(problems)
    }
    guard filter.keeps(transcript.header) else { return .skipped }
    if let long = transcript.lines.first(where: { $0.speaker == .trainee && InputLimits.replyProblem($0.text) != nil }) {
      let problem = InputLimits.replyProblem(long.text) ?? ""
      return .failed([SourceDiagnostic(file: file, line: long.line, column: 0, message: problem + "; the transcript was not graded")])
    }
    do {
      let bytes = Array(data)
      var graded = try grade(
        transcript, file: file, keepDetails: keepDetails, integrity: TranscriptDigest.check(bytes), using: &workspace)
      switch SessionSignature.check(bytes) {
      case .unsigned: break
      case .valid(let signer): graded.signer = signer
      // A signature that does not match is an edit, whatever the checksum says.
      case .invalid: if !graded.flags.contains(.tampered) { graded.flags = (graded.flags + [.tampered]).sorted() }
      }
      for review in transcript.reviews {
        if case .invalid = SessionSignature.check(review, in: bytes), !graded.flags.contains(.tampered) {
          graded.flags = (graded.flags + [.tampered]).sorted()
        }
      }
      return .graded(graded)
    } catch {
      return .failed([SourceDiagnostic(file: file, line: 0, column: 0, message: error.description)])
    }
  }

  /// Grades a transcript already read.
  /// - Parameter integrity: what the file's whole-file checksum says, when the file was read
  ///   (nil: only the turns' checksum is checked).
  public func grade(
    _ transcript: Transcript, file: String, keepDetails: Bool = false, integrity: TranscriptDigest.Check? = nil
  ) throws(RubricError) -> GradedTranscript {
    var workspace = Scorer.Workspace()
    return try grade(transcript, file: file, keepDetails: keepDetails, integrity: integrity, using: &workspace)
  }

  /// The same, scoring with a workspace kept from one transcript to the next.
  func grade(
    _ transcript: Transcript, file: String, keepDetails: Bool, integrity: TranscriptDigest.Check?,
    using workspace: inout Scorer.Workspace
  ) throws(RubricError) -> GradedTranscript {
    let header = transcript.header
    let scenario = library.scenario(id: header.scenario)
    let scorer = scorers.scorer(for: scenario == nil ? nil : header.scenario)
    if let error = scorers.error(for: header.scenario) as? RubricError { throw error }
    let replies = transcript.replies
    let verdicts = replies.map { scorer.score($0, using: &workspace) }
    let passMark = header.passMark ?? scenario?.session.passMark ?? SessionRules.defaults.passMark
    let automatic = Scorecard(verdicts: verdicts, outcome: header.outcome, passMark: passMark)
    let reviewed =
      transcript.reviews.isEmpty
      ? automatic
      : Scorecard(verdicts: verdicts, outcome: header.outcome, passMark: passMark, overrides: transcript.reviewedLabels,
        extraOverride: transcript.reviewedExtra)
    var flags: [GradeFlag] = []
    if let version = header.rubric, version != rubric.version { flags.append(.rubricChanged) }
    if let version = header.model, version != rubric.modelVersion { flags.append(.modelChanged) }
    if let scenario {
      if let hash = header.scenarioHash, hash != scenario.hash { flags.append(.scenarioChanged) }
    } else {
      flags.append(.unknownScenario)
    }
    switch integrity {
    case .changed?: flags.append(.tampered)
    case .intact?: break
    case .absent?: flags.append(transcript.isTampered == true ? .tampered : .unverified)
    case nil: if transcript.isTampered == true { flags.append(.tampered) }
    }
    return GradedTranscript(
      file: file, trainee: header.trainee, scenario: header.scenario, mode: header.mode, started: header.started,
      outcome: header.outcome, turns: replies.count,
      automatic: ScoreSummary(automatic), reviewed: ScoreSummary(reviewed),
      reviews: transcript.reviews, flags: flags.sorted(),
      details: keepDetails
        ? GradedTranscript.Details(lines: transcript.lines, verdicts: verdicts, automatic: automatic, reviewed: reviewed)
        : nil)
  }

  /// Grades every transcript in the files and folders, on every core; a file that cannot be
  /// read or parsed is reported and the rest are still graded. Memory is one compiled rubric,
  /// one transcript per core being scored, and a `ScoreSummary` a row (details only when asked).
  public func gradeAll(
    paths: [String], filter: GradeFilter = GradeFilter(), keepDetails: Bool = false,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount
  ) -> GradeBatch {
    let (files, missing) = Self.transcriptFiles(in: paths)
    let results = ParallelMap.map(count: files.count, workers: workers, state: { Scorer.Workspace() }) { index, workspace -> Result in
      // A filter is checked on the header's first bytes before the whole file is read.
      if !filter.keepsAll && Self.sortKey(of: files[index], filter: filter) == nil { return .skipped }
      return grade(file: files[index], filter: filter, keepDetails: keepDetails, using: &workspace)
    }
    var graded: [GradedTranscript] = []
    var errors = missing
    for result in results {
      switch result {
      case .graded(let transcript): graded.append(transcript)
      case .failed(let problems): errors += problems
      case .skipped: break
      }
    }
    graded.sort { ($0.started ?? "", $0.file) < ($1.started ?? "", $1.file) }
    return GradeBatch(transcripts: graded, errors: errors, filesRead: files.count)
  }

  /// The transcript files under the paths: files as given, folders searched recursively for
  /// `.txt` files (hidden files and folders skipped).
  public static func transcriptFiles(in paths: [String]) -> ([String], [SourceDiagnostic]) {
    var files: [String] = []
    var problems: [SourceDiagnostic] = []
    for path in paths {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        problems.append(SourceDiagnostic(file: path, line: 0, column: 0, message: "no such file or folder"))
        continue
      }
      guard isDirectory.boolValue else {
        files.append(path)
        continue
      }
      guard let enumerator = FileManager.default.enumerator(atPath: path) else { continue }
      var found: [String] = []
      while let relative = enumerator.nextObject() as? String {
        let name = (relative as NSString).lastPathComponent
        if name.hasPrefix(".") {
          enumerator.skipDescendants()
          continue
        }
        if name.hasSuffix(".txt") { found.append((path as NSString).appendingPathComponent(relative)) }
      }
      files += found.sorted()
    }
    return (files, problems)
  }
}

/// Every graded transcript of a run, the problems, and how many files were read.
public struct GradeBatch: Sendable {
  public var transcripts: [GradedTranscript]
  public var errors: [SourceDiagnostic]
  public var filesRead: Int

  public init(transcripts: [GradedTranscript], errors: [SourceDiagnostic], filesRead: Int) {
    self.transcripts = transcripts
    self.errors = errors
    self.filesRead = filesRead
  }

  /// A summary per trainee, sorted by name.
  public var trainees: [TraineeSummary] {
    Dictionary(grouping: transcripts, by: \.trainee).map { TraineeSummary(trainee: $0.key, transcripts: $0.value) }
      .sorted { $0.trainee < $1.trainee }
  }
}
