/// How an exploring trainee picks replies. Sessions take the strategies in turn, so every
/// kind of trainee is played the same number of times.
public enum ExplorationStrategy: String, CaseIterable, Sendable {
  /// Any reply from the bank.
  case mixed
  /// Never apologises.
  case neverApologises = "never-apologises"
  /// Only makes excuses.
  case onlyExcuses = "only-excuses"
  /// Answers before acknowledging: a bare fix first, then anything.
  case fixFirst = "fix-first"
  /// Says nothing at all (empty replies).
  case silent
  /// Mostly the scenario's own good replies, with others mixed in.
  case recovering
  /// One move a reply (an apology, then a question, …) in random order, or something extra.
  case oneMoveAtATime = "one-move-at-a-time"

  func reply(turn: Int, from bank: ReplyBank, _ random: inout SeededRandom) -> ReplyBank.Entry {
    switch self {
    case .mixed: bank.drawAny(&random)
    case .neverApologises: bank.draw(from: bank.withoutApology, &random)
    case .onlyExcuses: bank.draw(from: bank.excuses, &random)
    case .fixFirst: turn == 0 ? bank.draw(from: bank.fixesOnly, &random) : bank.drawAny(&random)
    case .silent: bank.silence
    case .recovering: random.index(below: 4) == 0 ? bank.drawAny(&random) : bank.draw(from: bank.recovering, &random)
    case .oneMoveAtATime:
      bank.singleMoves.isEmpty
        ? bank.drawAny(&random) : bank.draw(from: bank.singleMoves[random.index(below: bank.singleMoves.count)], &random)
    }
  }
}
