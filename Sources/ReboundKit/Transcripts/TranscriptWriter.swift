public import Foundation

/// Saves a session as it goes: the file is created with the header (outcome "unfinished")
/// and the opening, every line is written straight to the file as it happens, and the end
/// rewrites the header in one atomic rename. A killed session keeps everything typed and
/// says it is unfinished.
public final class TranscriptWriter {
  public let url: URL
  private var transcript: Transcript
  private let descriptor: Int32

  public struct Failure: Error, CustomStringConvertible {
    public let description: String
  }

  /// Creates a new file named from the time, trainee and scenario; never overwrites one.
  public init(directory: URL, header: TranscriptHeader, at date: Date) throws(Failure) {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw Failure(description: "cannot create the transcripts folder \(directory.path): \(error.localizedDescription)")
    }
    let stem = "\(Self.stamp(date))-\(header.trainee)-\(header.scenario)"
    var attempt = 1
    var opened: (URL, Int32)?
    while opened == nil && attempt < 1000 {
      let name = attempt == 1 ? "\(stem).txt" : "\(stem)-\(attempt).txt"
      let candidate = directory.appendingPathComponent(name)
      let fd = open(candidate.path, O_WRONLY | O_CREAT | O_EXCL | O_APPEND, 0o644)
      if fd >= 0 {
        opened = (candidate, fd)
      } else if errno != EEXIST {
        throw Failure(description: "cannot create \(candidate.path): \(String(cString: strerror(errno)))")
      }
      attempt += 1
    }
    guard let (url, fd) = opened else { throw Failure(description: "too many transcripts named \(stem) in \(directory.path)") }
    self.url = url
    self.descriptor = fd
    self.transcript = Transcript(header: header, lines: [])
    try write(TranscriptFormat.headerText(header))
  }

  deinit { close(descriptor) }

  /// Appends one line and hands it to the operating system at once.
  public func append(_ line: TranscriptLine) throws(Failure) {
    var line = line
    line.text = TranscriptFormat.canonical(line.text)
    transcript.lines.append(line)
    try write(TranscriptFormat.lineText(line))
  }

  /// Writes the final header (end time and outcome) by replacing the file atomically.
  public func finish(outcome: Outcome, at date: Date) throws(Failure) {
    transcript.header.outcome = outcome
    transcript.header.ended = Self.iso(date)
    transcript.header.turnsChecksum = transcript.turnsChecksum
    try Self.replace(url, with: TranscriptFormat.text(of: transcript))
  }

  /// Replaces a file's contents in one atomic rename, so a reader never sees half a file.
  static func replace(_ url: URL, with text: String) throws(Failure) {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).partial")
    do {
      try Data(text.utf8).write(to: temporary)
      guard rename(temporary.path, url.path) == 0 else {
        throw Failure(description: "cannot replace \(url.path): \(String(cString: strerror(errno)))")
      }
    } catch let failure as Failure {
      throw failure
    } catch {
      throw Failure(description: "cannot write \(temporary.path): \(error.localizedDescription)")
    }
  }

  private func write(_ text: String) throws(Failure) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        throw Failure(description: "cannot write to \(url.path): \(String(cString: strerror(errno)))")
      }
      offset += written
    }
  }

  /// `2026-11-23T034107Z`: sortable and safe in a file name on every system.
  static func stamp(_ date: Date) -> String {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd'T'HHmmss'Z'"
    return formatter.string(from: date)
  }

  /// ISO 8601 in UTC, to the second.
  public static func iso(_ date: Date) -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    return formatter.string(from: date)
  }
}
