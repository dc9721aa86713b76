import Foundation

/// The guided first run of `rebound learn`: explains the four moves and the don'ts, then has
/// the trainee write a reply for each move in turn, with the scorer's feedback, until the
/// move is met or skipped. It does no scoring of its own and saves nothing; the command then
/// starts the easiest scenario in practice mode.
public final class LearnSession {
  public struct Settings: Sendable {
    /// Built with the situation's scenario vocabulary, when there is one.
    public var scorer: Scorer
    public var situation: LessonSituation
    public var trainee: String
    public var style: TerminalStyle
    /// Terminal columns to wrap to; nil leaves lines whole (piped output).
    public var width: Int?

    public init(scorer: Scorer, situation: LessonSituation, trainee: String, style: TerminalStyle, width: Int? = nil) {
      self.scorer = scorer
      self.situation = situation
      self.trainee = trainee
      self.style = style
      self.width = width
    }
  }

  /// How each move's exercise ended.
  public enum StepResult: Sendable, Equatable {
    case met(attempts: Int)
    case skipped
  }

  public enum Result: Sendable, Equatable {
    /// Every step was met or skipped, in the order taught.
    case finished([Label: StepResult])
    /// The input ended or the trainee typed /quit before the end.
    case stopped
  }

  /// Replies without the move before the lesson points at /example and /skip.
  public static let attemptsBeforeOffer = 2

  private let settings: Settings
  private let output: (String) -> Void

  public init(settings: Settings, output: @escaping (String) -> Void) {
    self.settings = settings
    self.output = output
  }

  private var style: TerminalStyle { settings.style }

  /// Neutralised and word-wrapped to the terminal; `after` is the width of what precedes it
  /// on its first line.
  private func wrap(_ text: String, indent: String = "", after: Int = 0) -> String {
    let safe = TerminalStyle.neutralized(text)
    guard let width = settings.width else { return safe }
    let padded = String(repeating: "x", count: after) + safe
    return String(TextWrap.wrap(padded, width: min(width, 100), indent: indent).dropFirst(after))
  }

  private func heading(_ text: String) -> String { style.paint(text, .bold, bold: true) }

  public func run(reading input: inout some LineSource) -> Result {
    output(introduction())
    var results: [Label: StepResult] = [:]
    for (index, lesson) in MoveLesson.all.enumerated() {
      output(explanation(of: lesson, step: index + 1))
      guard let result = exercise(lesson, input: &input) else {
        output(stopped())
        return .stopped
      }
      results[lesson.move] = result
    }
    output(donts())
    output(summary(results))
    return .finished(results)
  }

  /// Reads replies for one move until it is met or skipped; nil when the lesson stops.
  private func exercise(_ lesson: MoveLesson, input: inout some LineSource) -> StepResult? {
    var misses = 0
    while true {
      switch input.readLine(prompt: "you> ") {
      case .end: return nil
      case .interrupted: continue
      case .line(let line):
        if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
        if let command = LessonCommand.parse(line) {
          switch command {
          case .success(.skip):
            output(style.paint("Skipped \(lesson.move.rawValue). You can come back to it any time with rebound learn.", .dim) + "\n")
            return .skipped
          case .success(.example):
            output("Example: " + wrap(lesson.example, indent: "  ", after: 9) + "\n")
          case .success(.help):
            output(help())
          case .success(.quit):
            return nil
          case .failure(let unknown):
            output(unknown.description + "\n")
          }
          continue
        }
        if let problem = InputLimits.replyProblem(line) {
          output(InputLimits.refusal(problem) + "\n")
          continue
        }
        let feedback = LessonFeedback(verdict: settings.scorer.score(line), lesson: lesson)
        output(render(feedback))
        if feedback.met { return .met(attempts: misses + 1) }
        misses += 1
        if misses >= Self.attemptsBeforeOffer {
          output(style.paint("Stuck? /example shows the example again; /skip moves on.", .dim) + "\n")
        }
      }
    }
  }

  private func render(_ feedback: LessonFeedback) -> String {
    feedback.lines.map { line in
      let text = "  " + wrap(line, indent: "    ", after: 2)
      if line.hasPrefix("✓") { return style.paint(text, .green) }
      if line.hasPrefix("✗") { return style.paint(text, .red) }
      return text
    }.joined(separator: "\n") + "\n"
  }

  func introduction() -> String {
    let name = TerminalStyle.neutralized(settings.trainee)
    var out = heading("Welcome to Rebound, \(name).") + "\n\n"
    out += wrap("""
      When something has gone wrong for a customer, what you say next decides whether they \
      stay. This lesson takes about ten minutes. A good recovery makes four moves:
      """) + "\n\n"
    for lesson in MoveLesson.all {
      out += "  " + style.paint(lesson.move.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0), TerminalStyle.color(for: lesson.move))
        + lesson.summary + "\n"
    }
    out += "\n" + wrap("and avoids three don'ts: excuses, blame and rudeness.") + "\n\n"
    out += wrap("""
      For each move you will read what it is and one example, then write a reply yourself. \
      Rebound scores it and tells you what it heard. Commands: /example, /skip, /help, /quit; \
      Ctrl-D stops the lesson.
      """) + "\n\n"
    out += heading("Your customer") + "\n"
    out += style.paint(TerminalStyle.neutralized(settings.situation.customer) + ":", .bold, bold: true) + " "
      + wrap("\"\(settings.situation.complaint)\"", indent: "  ", after: settings.situation.customer.count + 2) + "\n"
    return out
  }

  func explanation(of lesson: MoveLesson, step: Int) -> String {
    var out = "\n" + heading("Move \(step) of \(MoveLesson.all.count): \(lesson.move.rawValue)") + "\n"
    out += wrap(lesson.explanation) + "\n"
    out += style.paint("Example: ", .dim) + wrap(lesson.example, indent: "  ", after: 9) + "\n\n"
    out += wrap("\(lesson.task) (Reply to \(settings.situation.customer).)") + "\n"
    return out
  }

  func donts() -> String {
    var out = "\n" + heading("Three don'ts") + "\n"
    for lesson in PitfallLesson.all {
      out += "  " + style.paint("✗ " + lesson.pitfall.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0), .red)
        + wrap(lesson.explanation, indent: "            ", after: 12) + "\n"
      out += "            " + style.paint("e.g. " + lesson.example, .dim) + "\n"
    }
    return out
  }

  func summary(_ results: [Label: StepResult]) -> String {
    var out = "\n" + heading("Your four moves") + "\n"
    for lesson in MoveLesson.all {
      switch results[lesson.move] {
      case .met(let attempts):
        out += "  " + style.paint("✓", .green) + " \(lesson.move.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))"
          + (attempts == 1 ? "first try" : "in \(attempts) tries") + "\n"
      case .skipped, nil:
        out += "  " + style.paint("–", .yellow) + " \(lesson.move.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0))skipped\n"
      }
    }
    out += "\n" + wrap("""
      A real recovery makes all four, person first: apologise and show you understand before \
      you fix, then say what happens next and follow up. Offering something extra turns an \
      upset customer into a loyal one.
      """) + "\n"
    return out
  }

  func help() -> String {
    var out = "Commands:\n"
    for command in LessonCommand.allCases {
      out += "  /\(command.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(command.summary)\n"
    }
    return out
  }

  func stopped() -> String {
    "\n" + wrap("The lesson stopped here. Run rebound learn to start it again whenever you like.") + "\n"
  }
}
