/// What `rebound learn` says about one reply written for a move: whether the move is met
/// (found, with no pitfall in the same reply) and a line of feedback, such as "That's an
/// apology — now acknowledge what happened to them: …".
public struct LessonFeedback: Sendable, Equatable {
  public var met: Bool
  /// The lines to show, without colour or a trailing newline.
  public var lines: [String]

  public init(met: Bool, lines: [String]) {
    self.met = met
    self.lines = lines
  }

  /// - Parameters:
  ///   - verdict: the scorer's verdict on the reply.
  ///   - lesson: the move being practised.
  public init(verdict: Verdict, lesson: MoveLesson) {
    let pitfalls = Label.pitfalls.filter { verdict.has($0) }
    let others = Label.moves.filter { $0 != lesson.move && verdict.has($0) }
    let made = verdict.has(lesson.move)
    var lines: [String] = []
    if made {
      let evidence = verdict.findings(for: lesson.move).first.map { " — '\($0.evidence)'" } ?? ""
      lines.append("✓ That's \(lesson.noun)\(evidence).")
      if !others.isEmpty { lines.append("It also makes \(Self.list(others.compactMap { MoveLesson.lesson(for: $0)?.noun })). Good.") }
    } else if !others.isEmpty {
      let nouns = others.compactMap { MoveLesson.lesson(for: $0)?.noun }
      lines.append("That's \(Self.list(nouns)) — now \(lesson.nudge).")
    } else if pitfalls.isEmpty {
      lines.append("No move found in that yet — \(lesson.nudge).")
    }
    for pitfall in pitfalls {
      guard let about = PitfallLesson.lesson(for: pitfall) else { continue }
      let quoted = verdict.findings(for: pitfall).first.map { "'\($0.evidence)'" } ?? "That"
      lines.append("✗ \(quoted) is \(about.noun): \(about.explanation)")
    }
    if made && !pitfalls.isEmpty {
      lines.append("Try again without the \(pitfalls.map(\.rawValue).joined(separator: " or ")).")
    } else if !made && !pitfalls.isEmpty {
      lines.append("Try again: \(lesson.nudge).")
    }
    self.met = made && pitfalls.isEmpty
    self.lines = lines
  }

  /// "an apology", "an apology and a fix", "a, b and c".
  static func list(_ items: [String]) -> String {
    guard items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + (items.last ?? "")
  }
}
