/// What one reply did, as the customer hears it: the scorer's labels and cues, read once.
public struct ReplyReading: Sendable, Equatable {
  public var isSilent: Bool
  public var rude: Bool
  public var blames: Bool
  public var excuses: Bool
  /// Sympathy followed by "but".
  public var tookItBack: Bool
  /// Only a stock phrase: no move at all.
  public var stockOnly: Bool
  public var apologizes: Bool
  public var acknowledges: Bool
  public var communicates: Bool
  public var asks: Bool
  /// A question to the side of the problem: it names neither the problem nor its facts.
  public var asksAside: Bool
  public var answers: Bool
  public var offersExtra: Bool

  public init(_ verdict: Verdict) {
    isSilent = verdict.text.allSatisfy { $0.isWhitespace || $0.isPunctuation }
    rude = verdict.has(.rude)
    blames = verdict.has(.blame)
    excuses = verdict.has(.excuse)
    tookItBack = verdict.has(cue: "took-it-back")
    let moves = Label.moves.contains { verdict.has($0) }
    stockOnly = verdict.has(cue: "stock") && !moves
    apologizes = verdict.has(.apologize)
    acknowledges = verdict.has(.acknowledge)
    communicates = verdict.has(.communicate)
    // A question the scorer gave no move still gets a reaction to a question, not "nothing new".
    let endsAsQuestion = verdict.text.unicodeScalars.last { !$0.properties.isWhitespace } == "?"
    asks = (verdict.has(cue: "asking") && verdict.has(.communicate)) || endsAsQuestion
    let aboutTheProblem = ["problem", "fact-finding", "detail-question"].contains { verdict.has(cue: $0) }
    asksAside = asks && !aboutTheProblem
    answers = verdict.has(.answer)
    offersExtra = verdict.offersExtra && !blames && !rude
  }

  public var hasPitfall: Bool { rude || blames || excuses }
}
