public import Foundation

/// Saves a session as it goes: the file is created with the header (outcome "unfinished")
/// and the opening, every line is written straight to the file as it happens, and the end
/// rewrites the header in one atomic rename. A killed session keeps everything typed and
/// says it is unfinished.
public final class TranscriptWriter {
  public let url: URL
  private var transcript: Transcript
  private let descriptor: Int32
  /// The file's length after the last complete write: a failed write is cut back to it, so
  /// a turn is on disk whole or not at all.
  private var committedLength: off_t = 0

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
    do {
      try write(TranscriptFormat.headerText(header))
    } catch {
      // Nothing of the session exists yet: leave no empty or half-written file behind.
      unlink(url.path)
      throw Failure(description: "cannot start a transcript in \(directory.path) (\(error.reason)); nothing was saved")
    }
  }

  deinit { close(descriptor) }

  /// Appends one line and hands it to the operating system at once. When the disk refuses
  /// it, the file is cut back to the lines before it and the failure says so.
  public func append(_ line: TranscriptLine) throws(Failure) {
    try append([line])
  }

  /// Appends lines in one write: a turn (the reply and the customer's answer) is on disk
  /// whole or not at all.
  public func append(_ lines: [TranscriptLine]) throws(Failure) {
    let canonical = lines.map { line in
      var line = line
      line.text = TranscriptFormat.canonical(line.text)
      return line
    }
    do {
      try write(canonical.map(TranscriptFormat.lineText).joined())
    } catch {
      throw Failure(
        description: "cannot write to \(url.path) (\(error.reason)); "
          + (error.restored
            ? "that turn was not saved, and the transcript keeps every turn before it"
            : "the file may end with part of that turn"))
    }
    transcript.lines += canonical
  }

  /// Deletes the file: for a session left before its first reply, which is no attempt.
  public func discard() {
    unlink(url.path)
  }

  /// Writes the final header (end time and outcome) by replacing the file atomically.
  /// With a signing key, the session is signed before it is sealed.
  public func finish(outcome: Outcome, at date: Date, signingKey: SigningKey? = nil) throws(Failure) {
    transcript.header.outcome = outcome
    transcript.header.ended = Self.iso(date)
    transcript.header.turnsChecksum = transcript.turnsChecksum
    var text = TranscriptFormat.text(of: transcript)
    if let signingKey { text = SessionSignature.signed(text, with: signingKey) }
    try Self.replace(url, with: TranscriptDigest.sealed(text))
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

  /// Why a write failed, and whether the file was cut back to its last whole turn.
  private struct WriteError: Error {
    var reason: String
    var restored: Bool
  }

  private func write(_ text: String) throws(WriteError) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
      if written < 0 {
        if errno == EINTR { continue }
        let reason = String(cString: strerror(errno))
        // Part of the turn may have reached the disk: cut it off, so what is there is whole.
        throw WriteError(reason: reason, restored: ftruncate(descriptor, committedLength) == 0)
      }
      offset += written
    }
    committedLength += off_t(bytes.count)
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
