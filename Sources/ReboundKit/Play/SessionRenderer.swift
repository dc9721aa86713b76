import Foundation

/// What the simulator prints: the brief, each exchange, the practice feedback and the debrief.
public struct SessionRenderer: Sendable {
  public var style: TerminalStyle
  /// Long lines are word-wrapped to this many columns (on a terminal); nil leaves them whole.
  public var width: Int?

  public init(style: TerminalStyle, width: Int? = nil) {
    self.style = style
    self.width = width
  }

  private func wrapped(_ text: String, indent: String, firstLinePrefix: Int = 0) -> String {
    guard let width else { return text }
    let padded = String(repeating: "x", count: firstLinePrefix) + text
    return String(TextWrap.wrap(padded, width: width, indent: indent).dropFirst(firstLinePrefix))
  }

  private func safe(_ text: String) -> String { TerminalStyle.neutralized(text) }

  public func introduction(_ scenario: Scenario, difficulty: Difficulty, mode: PlayMode) -> String {
    var out = style.paint(safe(scenario.title), .bold, bold: true) + "  (\(difficulty.rawValue), \(mode.rawValue) mode)\n\n"
    out += brief(scenario)
    out += "\n" + style.paint("Type your reply and press Enter. /help lists the commands; Ctrl-D ends the session.", .dim) + "\n"
    return out
  }

  public func brief(_ scenario: Scenario) -> String {
    safe(scenario.brief.trimmingCharacters(in: .whitespacesAndNewlines)).replacingOccurrences(of: "␤", with: "\n") + "\n"
  }

  public func customer(_ name: String, says line: String, mood: Int, change: Int?) -> String {
    "\n" + style.paint("\(safe(name)):", .bold, bold: true) + " "
      + wrapped(safe(line), indent: "  ", firstLinePrefix: name.count + 2) + "\n"
      + "  " + MoodMeter.render(mood, change: change, style: style) + "\n\n"
  }

  /// Practice-mode feedback after a reply: the moves found with their evidence, the pitfalls
  /// with why they hurt, and what is still missing.
  public func feedback(for turn: Turn, missing: [Label]) -> String {
    var out = ""
    for label in Label.moves where turn.verdict.has(label) {
      let finding = turn.verdict.findings(for: label).first
      out += "  " + style.paint("✓ " + label.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0), TerminalStyle.color(for: label)) + "  "
        + safe(finding.map { EvidenceQuote.line(for: $0, in: turn.reply) } ?? "") + "\n"
    }
    if ReplyReading(turn.verdict).offersExtra, let extra = turn.verdict.extra {
      out += "  " + style.paint("✓ " + "extra".padding(toLength: 11, withPad: " ", startingAt: 0), .green) + "  "
        + safe(EvidenceQuote.line(for: extra, in: turn.reply)) + "\n"
    }
    for label in Label.pitfalls where turn.verdict.has(label) {
      let finding = turn.verdict.findings(for: label).first
      out += "  " + style.paint("✗ " + label.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0), .red) + "  "
        + safe(finding.map { EvidenceQuote.line(for: $0, in: turn.reply) } ?? "") + "\n"
      out += "      " + style.paint(Self.whyItHurts(label), .dim) + "\n"
    }
    if turn.verdict.has(cue: "took-it-back") {
      out += "  " + style.paint("✗ \"…, but\"", .yellow) + "  " + style.paint("they hear only what comes after the 'but'", .dim) + "\n"
    }
    if out.isEmpty { out = "  " + style.paint("no move found in that reply", .dim) + "\n" }
    if !missing.isEmpty {
      out += "  " + style.paint("still missing: " + missing.map(\.rawValue).joined(separator: ", "), .dim) + "\n"
    }
    return out
  }

  public static func whyItHurts(_ label: Label) -> String {
    switch label {
    case .excuse: "an excuse explains the failure away; the customer hears that it was not your problem"
    case .blame: "blame tells the customer the problem is theirs, and ends their trust"
    case .rude: "rudeness or dismissal turns a complaint into a fight you cannot win"
    default: ""
    }
  }

  public func help(mode: PlayMode) -> String {
    var out = "Commands:\n"
    for command in SlashCommand.allCases {
      out += "  /\(command.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(command.summary)\n"
    }
    if mode == .exam { out += "Exam mode: no feedback, hints or score until the end.\n" }
    return out
  }

  public func hint(_ text: String) -> String { style.paint("Hint: ", .yellow, bold: true) + text + "\n" }

  /// `/hint` at a level: "Hint (full; …): …", "Hint (one-word cue; …): Fix.", or why there is none.
  public func hint(_ level: HintLevel, _ conversation: Conversation) -> String {
    let text = level.text(for: conversation)
    guard let colon = text.range(of: "): ") else { return style.paint(wrapped(text, indent: "  "), .dim) + "\n" }
    let label = String(text[..<colon.upperBound])
    return style.paint(label, .yellow, bold: true)
      + wrapped(String(text[colon.upperBound...]), indent: "  ", firstLinePrefix: label.count) + "\n"
  }

  public func runningScore(_ card: Scorecard) -> String {
    var out = "Score so far: \(card.score)/100\n"
    for line in card.breakdown {
      out += "  " + (line.points > 0 ? "+\(line.points)" : line.points < 0 ? "\(line.points)" : " 0").padding(toLength: 4, withPad: " ", startingAt: 0) + " \(line.reason)\n"
    }
    return out
  }

  /// The end of a session: outcome, each move with the reply that made it, pitfalls, the
  /// mood over the turns, the score with its breakdown, the lesson and model replies.
  public func debrief(
    _ conversation: Conversation, card: Scorecard, modelReplies: [String], transcript: String?
  ) -> String {
    let scenario = conversation.scenario
    let outcome = conversation.outcome ?? .abandoned
    var out = "\n" + style.paint("── Debrief: \(safe(scenario.title)) ──", .bold, bold: true) + "\n"
    out += "Outcome: \(Self.describe(outcome, turns: conversation.turns.count, persona: scenario.persona.name))\n\n"
    out += "Moves:\n"
    for label in Label.moves {
      if let achieved = card.moves[label] {
        let evidence = achieved.finding.map { " — '\(safe(quote($0, reply: achieved.reply, in: conversation)))'" } ?? ""
        out += "  " + style.paint("✓", .green) + " \(label.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) reply \(achieved.reply)\(evidence)\n"
      } else {
        out += "  " + style.paint("✗", .red) + " \(label.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0)) not achieved\n"
      }
    }
    if let reply = card.extraReply {
      let evidence = card.extraFinding.map { " — '\(safe(quote($0, reply: reply, in: conversation)))'" } ?? ""
      out += "  " + style.paint("✓", .green) + " \("extra".padding(toLength: 12, withPad: " ", startingAt: 0)) reply \(reply)\(evidence)\n"
    } else {
      out += "  " + style.paint("·", .dim) + " \("extra".padding(toLength: 12, withPad: " ", startingAt: 0)) nothing extra offered\n"
    }
    if card.pitfalls.isEmpty {
      out += "Pitfalls: none\n"
    } else {
      out += "Pitfalls:\n"
      for pitfall in card.pitfalls {
        let quoted = pitfall.findings.first.map { "'\(safe(quote($0, reply: pitfall.reply, in: conversation)))'" } ?? ""
        out += "  " + style.paint("✗", .red) + " \(pitfall.label.rawValue) (reply \(pitfall.reply)) \(quoted) — \(Self.whyItHurts(pitfall.label))\n"
      }
    }
    let curve = conversation.moodCurve
    out += "Mood: " + curve.map(String.init).joined(separator: " → ") + "  " + MoodMeter.sparkline(curve) + "\n\n"
    let verdict = card.passed ? style.paint("PASS", .green, bold: true) : style.paint("FAIL", .red, bold: true)
    let needsResolution = !card.passed && card.score >= card.passMark ? " (a pass also needs the complaint resolved)" : ""
    out += "Score: \(card.score)/100 — \(verdict) (pass mark \(card.passMark))\(needsResolution)\n"
    for line in card.breakdown {
      let points = line.points > 0 ? "+\(line.points)" : line.points < 0 ? "\(line.points)" : " 0"
      out += "  \(points.padding(toLength: 4, withPad: " ", startingAt: 0)) \(line.reason)\n"
    }
    out += "\nLesson:\n" + indent(scenario.hidden.debrief.lesson).split(separator: "\n", omittingEmptySubsequences: false).map { safe(String($0)) }.joined(separator: "\n") + "\n"
    if card.extraReply == nil && !scenario.hidden.debrief.extras.isEmpty {
      out += "\nSomething extra, for example:\n"
      for offer in scenario.hidden.debrief.extras { out += "  • " + wrapped(safe(offer), indent: "    ", firstLinePrefix: 4) + "\n" }
    }
    if !modelReplies.isEmpty {
      out += "\nModel replies for what you missed:\n"
      for reply in modelReplies { out += "  • " + wrapped(safe(reply), indent: "    ", firstLinePrefix: 4) + "\n" }
    }
    if let transcript { out += "\nTranscript saved: \(transcript)\n" }
    return out
  }

  /// A finding's clause in the reply it came from (1-based; 0 means set by review).
  private func quote(_ finding: Finding, reply: Int, in conversation: Conversation) -> String {
    guard reply > 0, reply <= conversation.turns.count else { return finding.evidence }
    return EvidenceQuote.clause(of: finding, in: conversation.turns[reply - 1].reply)
  }

  static func describe(_ outcome: Outcome, turns: Int, persona: String) -> String {
    let replies = "\(turns) \(turns == 1 ? "reply" : "replies")"
    switch outcome {
    case .resolved: return "resolved after \(replies)"
    case .walkedOut: return "\(persona) walked out after \(replies)"
    case .turnLimit: return "not resolved within \(replies) (the turn limit)"
    case .abandoned: return "ended early after \(replies)"
    case .unfinished: return "unfinished"
    }
  }

  private func indent(_ text: String) -> String {
    text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n", omittingEmptySubsequences: false)
      .map { "  " + $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
  }
}
