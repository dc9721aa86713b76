/// A trainer's own rule file for `--rubric`, small enough to know every output by heart.
enum CustomRubric {
  static let text = """
    threshold: 1.0
    contractions:
      im: i am
    clause_words: [but]
    negation:
      cue: negator
      window: 3
      barriers: [i, we, you]
    fuzzy:
      min_length: 6
      exclude: []
    classes:
      fix: [mend, patch]
    rules:
      - id: cue.negator
        cue: negator
        explanation: negates what follows
        phrases: [not, never]
      - id: custom.mea-culpa
        label: apologize
        explanation: a Latin apology
        phrases: ["mea culpa"]
      - id: custom.mend
        label: answer
        explanation: offers to mend it
        phrases: ["(we|i) will {fix}"]
      - id: custom.shoo
        label: rude
        explanation: shoos the customer away
        negatable: false
        phrases: [shoo]
    structures: []

    """
}
