import Foundation

/// Maps `0..<count` on several threads, each taking every `workers`-th index, and returns
/// the results in index order: the one way the grader, the streamed grader and the scenario
/// check spread work over the cores.
enum ParallelMap {
  static func map<T: Sendable>(
    count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, _ transform: @Sendable (Int) -> T
  ) -> [T] {
    map(count: count, workers: workers, state: {}) { index, _ in transform(index) }
  }

  /// The same, with scratch state that each thread makes once and passes to every index it
  /// takes (a scorer's workspace: its buffers are sized once, not once per item).
  static func map<T: Sendable, State>(
    count: Int, workers: Int = ProcessInfo.processInfo.activeProcessorCount, state makeState: @Sendable () -> State,
    _ transform: @Sendable (Int, inout State) -> T
  ) -> [T] {
    let slots = Slots<T>(count: count)
    let workerCount = max(1, min(workers, count))
    DispatchQueue.concurrentPerform(iterations: workerCount) { worker in
      var state = makeState()
      var index = worker
      while index < count {
        slots.set(index, transform(index, &state))
        index += workerCount
      }
    }
    return slots.all
  }

  /// Results written by several threads, one slot each.
  private final class Slots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
      lock.lock()
      slots[index] = value
      lock.unlock()
    }

    /// Every slot, once all are set.
    var all: [T] {
      lock.lock()
      defer { lock.unlock() }
      return slots.map { $0! }
    }
  }
}
