/// The rule file as a trainer writes it (`rubric.yaml`): vocabulary, phrase rules and the
/// structures that combine their findings. See `docs/rubric-format.md`.
struct RubricDocument: Decodable, Sendable {
  /// Total weight a label's findings need before the label applies.
  var threshold: Double?
  /// Typed forms and what they stand for: `im: i am`, `dont: do not`.
  var contractions: [String: String]
  /// Words that start a new clause wherever they stand ("but", "however").
  var clauseWords: [String]
  /// Openings ("did you", "are you sure") that make a sentence a question even when it was
  /// typed without a "?".
  var questionOpeners: [String]?
  var negation: NegationSection
  var fuzzy: FuzzySection
  /// Named word classes, used in phrases as `{name}`.
  var classes: [String: [String]]
  var rules: [RuleSection]
  var structures: [StructureSection]

  /// A document with nothing in it: what a compiler laying a scenario over an already
  /// compiled rubric starts from, since it takes everything it needs from the compiled form.
  static let empty = RubricDocument(
    threshold: nil, contractions: [:], clauseWords: [], questionOpeners: nil,
    negation: NegationSection(cue: "", window: 0, barriers: []), fuzzy: FuzzySection(minLength: 0, exclude: []),
    classes: [:], rules: [], structures: [])

  enum CodingKeys: String, CodingKey {
    case threshold, contractions, negation, fuzzy, classes, rules, structures
    case clauseWords = "clause_words"
    case questionOpeners = "question_openers"
  }

  struct NegationSection: Decodable, Sendable {
    /// The cue whose findings negate what follows them.
    var cue: String
    /// How many words after the negator it reaches.
    var window: Int
    /// Words that end a negation's reach (a new subject: "we", "you").
    var barriers: [String]
  }

  struct FuzzySection: Decodable, Sendable {
    /// Words of at least this many letters tolerate one typo.
    var minLength: Int
    /// Real words that are one edit away from a rubric word but mean something else.
    var exclude: [String]

    enum CodingKeys: String, CodingKey {
      case minLength = "min_length"
      case exclude
    }
  }

  struct RuleSection: Decodable, Sendable {
    var id: String
    /// One of the seven labels; or leave it out and give `cue`.
    var label: String?
    /// An internal cue name that structures combine ("time", "contrast", "negator").
    var cue: String?
    var explanation: String
    var weight: Double?
    var phrases: [String]
    /// Whether a preceding negator cancels it ("not sorry", "won't refund"). Default true for labels.
    var negatable: Bool?
    /// What a negated match becomes instead ("I'm not sorry" → rude).
    var whenNegated: Outcome?
    /// `true`: only in a sentence that ends with "?"; `false`: only outside questions.
    var inQuestion: Bool?
    /// Replies the rule must find (checked by the test suite).
    var examples: [String]?

    enum CodingKeys: String, CodingKey {
      case id, label, cue, explanation, weight, phrases, negatable, examples
      case whenNegated = "when_negated"
      case inQuestion = "in_question"
    }
  }

  struct Outcome: Decodable, Sendable {
    var label: String?
    var cue: String?
    var explanation: String
  }

  struct StructureSection: Decodable, Sendable {
    var id: String
    /// Drop findings of these names when `when` holds…
    var drop: [String]?
    /// …or add a finding of this label/cue when `when` holds.
    var add: String?
    /// Names that must all be present in the scope; "a|b" means either.
    var when: [String]
    /// overlap, clause, sentence or reply.
    var scope: String
    /// The `when` findings must follow the dropped finding (or each other, for `add`) in order.
    var ordered: Bool?
    /// For `drop`: the finding is kept when any of these names is also in scope.
    var unless: [String]?
    var explanation: String?
    var weight: Double?
  }
}
