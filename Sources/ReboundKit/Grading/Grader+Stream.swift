public import Foundation

extension Grader {
  /// What a streamed grading run found besides its rows.
  public struct StreamTotals: Sendable {
    public var graded = 0
    public var errors: [SourceDiagnostic] = []
    public var filesRead = 0
    /// One per trainee, sorted by name.
    public var trainees: [TraineeSummary] = []
  }

  /// Grades every transcript in the files and folders and hands each row to `emit` in
  /// report order (oldest session first), without keeping the rows: the headers are read
  /// first to put the files in order and apply the filter, then the files are graded a
  /// chunk at a time on every core. Memory stays flat however many files there are (a
  /// path and a date a file, and one chunk of rows).
  public func streamAll(
    paths: [String], filter: GradeFilter = GradeFilter(), chunkSize: Int = 512,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, emit: (GradedTranscript) -> Void
  ) -> StreamTotals {
    streamAll(paths: paths, filter: filter, chunkSize: chunkSize, workers: workers, render: { _ in "" }) { row, _ in
      emit(row)
    }
  }

  /// As above, with each row also turned into text by `render` on the core that graded it
  /// (with its details when `keepDetails`), so formatting a report keeps every core busy too.
  public func streamAll(
    paths: [String], filter: GradeFilter = GradeFilter(), chunkSize: Int = 512,
    workers: Int = ProcessInfo.processInfo.activeProcessorCount, keepDetails: Bool = false,
    render: @escaping @Sendable (GradedTranscript) -> String, emit: (GradedTranscript, String) -> Void
  ) -> StreamTotals {
    let (files, missing) = Self.transcriptFiles(in: paths)
    var totals = StreamTotals(errors: missing, filesRead: files.count)
    let keys = Self.orderKeys(files, filter: filter, workers: workers)
    let order = keys.indices.filter { keys[$0] != nil }.sorted { (keys[$0]!, files[$0]) < (keys[$1]!, files[$1]) }
    var tallies: [String: TraineeTally] = [:]
    func take(_ results: [(Result, String)]) {
      for (result, text) in results {
        switch result {
        case .graded(let row):
          emit(row, text)
          totals.graded += 1
          tallies[row.trainee, default: TraineeTally(trainee: row.trainee)].add(row)
        case .failed(let problems): totals.errors += problems
        case .skipped: break
        }
      }
    }
    // While one chunk is graded on every core, the one before it is written out here.
    var pending: [(Result, String)] = []
    var start = 0
    while start < order.count {
      let chunk = Array(order[start..<min(start + chunkSize, order.count)])
      let grading = Background {
        ParallelMap.map(count: chunk.count, workers: workers, state: { Scorer.Workspace() }) { index, workspace in
          let result = grade(file: files[chunk[index]], filter: filter, keepDetails: keepDetails, using: &workspace)
          guard case .graded(var row) = result else { return (result, "") }
          let text = render(row)
          row.details = nil
          return (.graded(row), text)
        }
      }
      take(pending)
      pending = grading.value
      start += chunkSize
    }
    take(pending)
    totals.trainees = tallies.keys.sorted().compactMap { tallies[$0]?.summary }
    return totals
  }

  /// Each file's place in the report: its `started:` (or "" when the header cannot be read,
  /// so the full read reports why), or nil when the filter leaves it out.
  private static func orderKeys(_ files: [String], filter: GradeFilter, workers: Int) -> [String?] {
    ParallelMap.map(count: files.count, workers: workers) { sortKey(of: files[$0], filter: filter) }
  }

  /// What a transcript's header says about it, for a filter.
  enum HeaderVerdict: Equatable {
    /// The filter keeps it; it started then (nil when the header does not say).
    case keeps(started: String?)
    case leftOut
    /// Its header cannot be read: only a full read can say why.
    case unreadable
  }

  /// A file's header against the filter, read from the file's first bytes without parsing it
  /// (the parser reads the header only when it runs past those bytes).
  static func headerVerdict(of file: String, filter: GradeFilter) -> HeaderVerdict {
    if let size = InputLimits.size(of: file), size > InputLimits.transcriptBytes { return .unreadable }
    if let key = TranscriptSortKey.scan(file: file) {
      guard let trainee = key.trainee, let scenario = key.scenario else { return .unreadable }
      return filter.keeps(trainee: trainee, scenario: scenario, started: key.started) ? .keeps(started: key.started) : .leftOut
    }
    guard let header = TranscriptHeader.read(from: file) else { return .unreadable }
    return filter.keeps(header) ? .keeps(started: header.started) : .leftOut
  }

  /// A file's place in a report: its `started:` (or "" when its header cannot be read, so the
  /// full read reports why), or nil when the filter leaves it out.
  static func sortKey(of file: String, filter: GradeFilter) -> String? {
    switch headerVerdict(of: file, filter: filter) {
    case .keeps(let started): started ?? ""
    case .leftOut: nil
    case .unreadable: ""
    }
  }
}

/// A value computed on another thread while this one does something else.
private final class Background<Value: Sendable>: @unchecked Sendable {
  private let group = DispatchGroup()
  private var result: Value?

  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global().async(group: group) { self.result = work() }
  }

  /// The value, once the work is done.
  var value: Value {
    group.wait()
    return result!
  }
}
