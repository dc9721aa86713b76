extension Scorer {
  /// Turns raw phrase matches into findings: question constraints, negation, duplicates.
  func phraseFindings(_ matches: [PhraseTrie.Match], in stream: TokenStream) -> [WorkingFinding] {
    let rules = compiled.rules
    var kept: [PhraseTrie.Match] = []
    kept.reserveCapacity(matches.count)
    for match in matches {
      let rule = rules[Int(match.rule)]
      if let wanted = rule.inQuestion {
        let sentence = stream.tokens[Int(match.first)].sentence
        if stream.sentences[Int(sentence)].isQuestion != wanted { continue }
      }
      kept.append(match)
    }
    let negators = kept.filter { rules[Int($0.rule)].name == compiled.negationCue }

    var findings: [WorkingFinding] = []
    findings.reserveCapacity(kept.count)
    for match in kept {
      let rule = rules[Int(match.rule)]
      if rule.negatable, let negator = negator(of: match, among: negators, in: stream) {
        guard let negatedName = rule.negatedName else { continue }
        let first = min(negator.first, match.first)
        findings.append(finding(name: negatedName, first: first, last: match.last, source: match.rule,
                                explanation: rule.negatedExplanation, weight: rule.weight, in: stream))
        continue
      }
      findings.append(finding(name: rule.name, first: match.first, last: match.last, source: match.rule,
                              explanation: nil, weight: rule.weight, in: stream))
    }
    return removingContained(findings)
  }

  private func finding(
    name: Int32, first: Int32, last: Int32, source: Int32, explanation: String?, weight: Double, in stream: TokenStream
  ) -> WorkingFinding {
    let a = stream.tokens[Int(first)], b = stream.tokens[Int(last)]
    return WorkingFinding(
      name: name, first: first, last: last, span: TextSpan(start: Int(a.start), end: Int(b.end)),
      source: source, explanation: explanation, weight: weight, sentence: a.sentence, clause: a.clause)
  }

  /// The negator that reaches `match`: before it in the same clause, within the window and
  /// with no barrier word ("we", "you") between; or inside the match after its first word.
  private func negator(
    of match: PhraseTrie.Match, among negators: [PhraseTrie.Match], in stream: TokenStream
  ) -> PhraseTrie.Match? {
    let clause = stream.tokens[Int(match.first)].clause
    for negator in negators where negator.rule != match.rule {
      guard stream.tokens[Int(negator.first)].clause == clause else { continue }
      if negator.first > match.first && negator.last <= match.last { return negator }
      guard negator.last < match.first, Int(match.first - negator.last) <= compiled.negationWindow else { continue }
      var blocked = false
      // A new subject ends the negation's reach, also when it opens the match ("don't worry, we'll …").
      var t = Int(negator.last) + 1
      while t <= Int(match.first) {
        let word = stream.tokens[t].word
        if word >= 0 && compiled.isNegationBarrier[Int(word)] {
          blocked = true
          break
        }
        t += 1
      }
      if !blocked { return negator }
    }
    return nil
  }

  /// Keeps one finding where several of the same name overlap: the earliest, longest one.
  private func removingContained(_ findings: [WorkingFinding]) -> [WorkingFinding] {
    let order = findings.indices.sorted { a, b in
      let x = findings[a], y = findings[b]
      if x.name != y.name { return x.name < y.name }
      if x.first != y.first { return x.first < y.first }
      if x.last != y.last { return x.last > y.last }
      // The same words for the same label: the earlier rule, whatever order matches came in.
      return (x.source, a) < (y.source, b)
    }
    var result: [WorkingFinding] = []
    result.reserveCapacity(findings.count)
    var previous: WorkingFinding?
    for index in order {
      let f = findings[index]
      if let p = previous, p.name == f.name, f.first <= p.last { continue }
      result.append(f)
      previous = f
    }
    return result.sorted { ($0.first, $0.last, $0.name) < ($1.first, $1.last, $1.name) }
  }
}
