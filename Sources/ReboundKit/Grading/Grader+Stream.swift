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
    let (files, missing) = Self.transcriptFiles(in: paths)
    var totals = StreamTotals(errors: missing, filesRead: files.count)
    let keys = Self.orderKeys(files, filter: filter, workers: workers)
    let order = keys.indices.filter { keys[$0] != nil }.sorted { (keys[$0]!, files[$0]) < (keys[$1]!, files[$1]) }
    var tallies: [String: TraineeTally] = [:]
    var start = 0
    while start < order.count {
      let chunk = Array(order[start..<min(start + chunkSize, order.count)])
      let results = ResultSlots(count: chunk.count)
      let workerCount = max(1, min(workers, chunk.count))
      DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
        var position = worker
        while position < chunk.count {
          results.set(position, grade(file: files[chunk[position]], filter: filter))
          position += workerCount
        }
      }
      for result in results.all {
        switch result {
        case .graded(let row):
          emit(row)
          totals.graded += 1
          tallies[row.trainee, default: TraineeTally(trainee: row.trainee)].add(row)
        case .failed(let problems): totals.errors += problems
        case .skipped, nil: break
        }
      }
      start += chunkSize
    }
    totals.trainees = tallies.keys.sorted().compactMap { tallies[$0]?.summary }
    return totals
  }

  /// Each file's place in the report: its `started:` (or "" when the header cannot be read,
  /// so the full read reports why), or nil when the filter leaves it out.
  private static func orderKeys(_ files: [String], filter: GradeFilter, workers: Int) -> [String?] {
    let keys = KeySlots(count: files.count)
    let workerCount = max(1, min(workers, files.count))
    DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
      var index = worker
      while index < files.count {
        if let header = TranscriptHeader.read(from: files[index]) {
          keys.set(index, filter.keeps(header) ? (header.started ?? "") : nil)
        } else {
          keys.set(index, "")
        }
        index += workerCount
      }
    }
    return keys.all
  }
}

/// Keys written by several threads, one slot each.
private final class KeySlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [String?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ key: String?) {
    lock.lock()
    slots[index] = key
    lock.unlock()
  }

  var all: [String?] {
    lock.lock()
    defer { lock.unlock() }
    return slots
  }
}
