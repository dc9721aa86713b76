import ReboundKit
import Testing

/// The built-in rubric, compiled once for the whole suite: building a `Scorer` takes seconds
/// in a debug build, scoring a reply with it takes well under a millisecond.
enum Shared {
  private static let builtIn: Result<Scorer, RubricError> = Result { () throws(RubricError) -> Scorer in
    try Scorer(rubric: try Rubric.builtIn())
  }

  /// The scorer of the built-in rubric, or the rubric's own error (which fails the test).
  static func scorer() throws -> Scorer { try builtIn.get() }

  /// The built-in rubric's verdict on one reply.
  static func score(_ text: String) throws -> Verdict { try scorer().score(text) }
}

extension Verdict {
  /// The findings as a person reads them, for the comment of a failed expectation.
  var explained: Comment {
    Comment(rawValue: findings.isEmpty ? "no findings" : findings.map { "\($0.label): \($0.explanation) [\($0.rule)]" }.joined(separator: "; "))
  }
}
