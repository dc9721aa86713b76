import Foundation

/// "The trainee's transcripts": the transcripts under a folder whose header names the
/// trainee (exactly, as `TraineeName` allows). Read from the folder every time; no other
/// state is kept anywhere.
public struct TraineeHistory: Sendable {
  public var trainee: String
  public var directory: String

  /// The transcripts folder: `$REBOUND_TRANSCRIPTS`, else `transcripts` (as `play` saves).
  public static func defaultDirectory(environment: [String: String]) -> String {
    if let path = environment["REBOUND_TRANSCRIPTS"], !path.isEmpty { return path }
    return "transcripts"
  }

  public init(trainee: String, directory: String) {
    self.trainee = trainee
    self.directory = directory
  }

  /// The trainee's transcript files, optionally for one scenario, found by reading only the
  /// headers (fast: nothing is scored). Files that cannot be parsed are left out.
  public func files(scenario: String? = nil) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
      return []
    }
    let filter = GradeFilter(trainee: trainee, scenario: scenario)
    let files = Grader.transcriptFiles(in: [directory]).0
    let kept = ParallelMap.map(count: files.count) { index -> Bool in
      if case .keeps = Grader.headerVerdict(of: files[index], filter: filter) { return true }
      return false
    }
    return files.indices.filter { kept[$0] }.map { files[$0] }
  }

  /// Whether the trainee has any transcript in the folder.
  public var isEmpty: Bool { files().isEmpty }

  /// The trainee's transcripts graded with the grader (the same scores `rebound grade`
  /// reports), and the problems of files that could not be read.
  public func graded(with grader: Grader, scenario: String? = nil) -> (transcripts: [GradedTranscript], errors: [SourceDiagnostic]) {
    let files = files(scenario: scenario)
    guard !files.isEmpty else { return ([], []) }
    let batch = grader.gradeAll(paths: files, filter: GradeFilter(trainee: trainee, scenario: scenario))
    return (batch.transcripts, batch.errors)
  }

  /// How many times the trainee passed the scenario, for fading hints.
  public func passes(of scenario: String, grader: Grader) -> Int {
    graded(with: grader, scenario: scenario).transcripts.count { $0.passed }
  }
}
