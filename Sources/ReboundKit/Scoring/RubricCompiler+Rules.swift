extension RubricCompiler {
  // MARK: Rules and structures

  func compileRules(names: [String]) throws(RubricError) -> [CompiledRubric.Rule] {
    var rules: [CompiledRubric.Rule] = []
    var seen: Set<String> = []
    for (i, rule) in document.rules.enumerated() {
      guard seen.insert(rule.id).inserted else {
        throw RubricError(path: "rules[\(i)].id", message: "the rule id '\(rule.id)' is used twice")
      }
      let name = try nameIndex(rule.label ?? rule.cue ?? "", in: names, at: "rules[\(i)]")
      var negatedName: Int32?
      if let outcome = rule.whenNegated {
        negatedName = try nameIndex(outcome.label ?? outcome.cue ?? "", in: names, at: "rules[\(i)].when_negated")
      }
      rules.append(
        .init(
          id: rule.id, name: name, explanation: rule.explanation, weight: rule.weight ?? 1.0,
          negatable: rule.negatable ?? (rule.label != nil), negatedName: negatedName,
          negatedExplanation: rule.whenNegated?.explanation ?? "", inQuestion: rule.inQuestion))
    }
    return rules
  }

  func compileStructures(names: [String]) throws(RubricError) -> [CompiledRubric.Structure] {
    var structures: [CompiledRubric.Structure] = []
    for (i, section) in document.structures.enumerated() {
      let path = "structures[\(i)]"
      guard let scope = CompiledRubric.Scope(rawValue: section.scope) else {
        throw RubricError(path: path + ".scope", message: "unknown scope '\(section.scope)' (scopes: overlap, clause, sentence, reply)")
      }
      var when: [[Int32]] = []
      for (k, item) in section.when.enumerated() {
        var alternatives: [Int32] = []
        for part in item.split(separator: "|") {
          alternatives.append(try nameIndex(String(part), in: names, at: path + ".when[\(k)]"))
        }
        when.append(alternatives)
      }
      var unless: [Int32] = []
      for (k, item) in (section.unless ?? []).enumerated() {
        unless.append(try nameIndex(item, in: names, at: path + ".unless[\(k)]"))
      }
      let action: CompiledRubric.Structure.Action
      switch (section.drop, section.add) {
      case (let dropped?, nil):
        var targets: Set<Int32> = []
        for (k, name) in dropped.enumerated() { targets.insert(try nameIndex(name, in: names, at: path + ".drop[\(k)]")) }
        action = .drop(targets)
      case (nil, let added?):
        if scope == .overlap { throw RubricError(path: path + ".scope", message: "`add` needs a clause, sentence or reply scope") }
        action = .add(try nameIndex(added, in: names, at: path + ".add"))
      default:
        throw RubricError(path: path, message: "structure '\(section.id)' needs exactly one of `drop` or `add`")
      }
      structures.append(
        .init(
          id: section.id, action: action, when: when, unless: unless, scope: scope,
          ordered: section.ordered ?? false, explanation: section.explanation ?? section.id,
          weight: section.weight ?? 1.0))
    }
    return structures
  }
}
