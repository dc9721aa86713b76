/// `rebound grade --format json`, documented in the README.
public enum GradeJSON {
  struct Document: Encodable {
    var rubric: String
    var transcripts: [Row]
    var trainees: [Trainee]
    var errors: [Problem]
  }

  struct Row: Encodable {
    var file, trainee, scenario: String
    var date: String?
    var mode: String?
    var outcome: String?
    var score, automatic_score, pass_mark: Int
    var passed: Bool
    var moves: [String: Bool]
    var automatic_moves: [String: Bool]
    var pitfalls: [String: Int]
    var turns: Int
    var flags: [String]
    var review: Review?

    enum CodingKeys: String, CodingKey {
      case file, trainee, scenario, date, mode, outcome, score, automatic_score, pass_mark, passed, moves
      case automatic_moves, pitfalls, turns, flags, review
    }

    /// Every documented key is written, `null` when there is no value.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(file, forKey: .file)
      try container.encode(trainee, forKey: .trainee)
      try container.encode(scenario, forKey: .scenario)
      try container.encode(date, forKey: .date)
      try container.encode(mode, forKey: .mode)
      try container.encode(outcome, forKey: .outcome)
      try container.encode(score, forKey: .score)
      try container.encode(automatic_score, forKey: .automatic_score)
      try container.encode(pass_mark, forKey: .pass_mark)
      try container.encode(passed, forKey: .passed)
      try container.encode(moves, forKey: .moves)
      try container.encode(automatic_moves, forKey: .automatic_moves)
      try container.encode(pitfalls, forKey: .pitfalls)
      try container.encode(turns, forKey: .turns)
      try container.encode(flags, forKey: .flags)
      try container.encode(review, forKey: .review)
    }
  }

  struct Review: Encodable {
    var reviewer, time, comment: String
    var changes: [String: Bool]
  }

  struct Trainee: Encodable {
    var trainee: String
    var attempts, best, latest, passes: Int
    var average: Double
    var weakest_move: String?

    enum CodingKeys: String, CodingKey { case trainee, attempts, best, latest, passes, average, weakest_move }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(trainee, forKey: .trainee)
      try container.encode(attempts, forKey: .attempts)
      try container.encode(best, forKey: .best)
      try container.encode(latest, forKey: .latest)
      try container.encode(passes, forKey: .passes)
      try container.encode(average, forKey: .average)
      try container.encode(weakest_move, forKey: .weakest_move)
    }
  }

  struct Problem: Encodable {
    var file: String
    var line: Int
    var message: String
  }

  public static func render(_ batch: GradeBatch, rubric: Rubric) -> String {
    let document = Document(
      rubric: rubric.version,
      transcripts: batch.transcripts.map { row in
        Row(
          file: row.file, trainee: row.trainee, scenario: row.scenario, date: row.date.isEmpty ? nil : row.date,
          mode: row.mode?.rawValue, outcome: row.outcome?.rawValue, score: row.score,
          automatic_score: row.automatic.score, pass_mark: row.reviewed.passMark, passed: row.passed,
          moves: Dictionary(uniqueKeysWithValues: Label.moves.map { ($0.rawValue, row.made($0)) }),
          automatic_moves: Dictionary(uniqueKeysWithValues: Label.moves.map { ($0.rawValue, row.automatic.moves[$0] != nil) }),
          pitfalls: Dictionary(uniqueKeysWithValues: Label.pitfalls.map { ($0.rawValue, row.count(of: $0)) }),
          turns: row.turns, flags: row.flags.map(\.rawValue),
          review: row.reviews.last.map { last in
            Review(
              reviewer: last.reviewer, time: last.time, comment: last.comment,
              changes: Dictionary(row.reviews.flatMap(\.changes).map { ($0.label.rawValue, $0.value) }, uniquingKeysWith: { $1 }))
          })
      },
      trainees: batch.trainees.map {
        Trainee(
          trainee: $0.trainee, attempts: $0.attempts, best: $0.best, latest: $0.latest, passes: $0.passes,
          average: ($0.average * 10).rounded() / 10, weakest_move: $0.weakestMove?.rawValue)
      },
      errors: batch.errors.map { Problem(file: $0.file, line: $0.line, message: $0.message) })
    return JSONText.encode(document, pretty: true) + "\n"
  }
}
