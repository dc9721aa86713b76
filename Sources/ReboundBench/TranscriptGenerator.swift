import Foundation
import ReboundKit

/// Writes `count` transcripts of about eight turns into a folder, for the grading benchmark:
/// sessions of the bundled scenarios played with replies drawn from the corpus, by forty
/// trainees over sixty days.
enum TranscriptGenerator {
  static func generate(into directory: String, count: Int, replies: [String], scenarios: String) throws {
    let library = ScenarioLibrary.load(paths: [scenarios])
    guard !library.scenarios.isEmpty else { throw Failure("no scenarios in \(scenarios)") }
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let rubric = try Rubric.builtIn()
    let plain = try Scorer(rubric: rubric)
    let scorers = try library.scenarios.map { try plain.adding($0.hidden.vocabulary) }
    var random = SeededRandom(seed: 2026)
    let start = Date(timeIntervalSince1970: 1_790_000_000)
    for index in 0..<count {
      let pick = random.index(below: library.scenarios.count)
      let scenario = library.scenarios[pick]
      var conversation = Conversation(scenario: scenario, scorer: scorers[pick], seed: random.next())
      var lines = [TranscriptLine(speaker: .customer, text: conversation.opening, mood: conversation.currentMood)]
      while !conversation.isOver && lines.count < 17 {
        let reply = replies[random.index(below: replies.count)]
        let turn = conversation.respond(to: reply)
        lines.append(TranscriptLine(speaker: .trainee, text: reply))
        lines.append(TranscriptLine(speaker: .customer, text: turn.customerLine, mood: turn.moodAfter))
      }
      conversation.abandon()
      let started = start.addingTimeInterval(Double(random.index(below: 60 * 86_400)))
      var header = TranscriptHeader(
        scenario: scenario.id, scenarioHash: scenario.hash, rubric: rubric.version,
        trainee: "trainee\(random.index(below: 40) + 1)", mode: random.index(below: 3) == 0 ? .exam : .practice,
        difficulty: scenario.difficulty, seed: UInt64(index), passMark: 80, started: TranscriptWriter.iso(started),
        ended: TranscriptWriter.iso(started.addingTimeInterval(300)), outcome: conversation.outcome)
      header.turnsChecksum = TranscriptChecksum.of(lines)
      let transcript = Transcript(header: header, lines: lines)
      let name = String(format: "%05d-%@-%@.txt", index, header.trainee, scenario.id)
      try Data(TranscriptDigest.sealed(transcript.text).utf8).write(to: URL(fileURLWithPath: directory).appendingPathComponent(name))
    }
  }

  struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }
}
