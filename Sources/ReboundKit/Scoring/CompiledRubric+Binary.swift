/// How a compiled rubric goes into a `CompiledRubricFile` and comes back, part by part.
/// Large numeric arrays are written as they lie in memory; what the compiler derives
/// cheaply (the names' ranks, the structure gates) is derived again on reading.
extension CompiledRubric: BinaryCodable {
  func write(to writer: inout BinaryWriter) {
    writer.write(names)
    writer.write(rules)
    writer.write(structures)
    writer.write(lexicon)
    writer.write(trie)
    writer.write(threshold)
    writer.write(negationCue)
    writer.write(negationWindow)
    writer.write(isNegationBarrier.map { UInt8($0 ? 1 : 0) }.asRaw)
    writer.write(symbols)
    writer.write(questionOpeners)
    writer.write(memberTrie)
  }

  init(from reader: inout BinaryReader) throws(ArtefactError) {
    let names = try reader.read([String].self)
    let rules = try reader.read([Rule].self)
    let structures = try reader.read([Structure].self)
    let lexicon = try reader.read(Lexicon.self)
    let trie = try reader.read(PhraseTrie.self)
    let threshold = try reader.readDouble()
    let negationCue = try reader.read(Int32.self)
    let negationWindow = try reader.readInt()
    let barriers = try reader.readRaw(UInt8.self).map { $0 != 0 }
    let symbols = try reader.read(RubricSymbols.self)
    let openers = try reader.read(QuestionOpeners.self)
    let memberTrie = try reader.read(PhraseTrie?.self)
    let nameCount = Int32(names.count)
    guard negationCue >= 0, negationCue < nameCount,
      rules.allSatisfy({ $0.name >= 0 && $0.name < nameCount && ($0.negatedName.map { $0 >= 0 && $0 < nameCount } ?? true) })
    else { throw ArtefactError("a rule names a label or cue the rubric does not have") }
    self.init(
      names: names, rules: rules, structures: structures, lexicon: lexicon, trie: trie, threshold: threshold,
      negationCue: negationCue, negationWindow: negationWindow, isNegationBarrier: barriers, symbols: symbols,
      questionOpeners: openers)
    self.memberTrie = memberTrie
  }
}

/// A `[UInt8]` to be written in one piece.
private struct RawBytes: BinaryCodable {
  var bytes: [UInt8]

  init(from reader: inout BinaryReader) throws(ArtefactError) { bytes = try reader.readRaw(UInt8.self) }
  init(_ bytes: [UInt8]) { self.bytes = bytes }
  func write(to writer: inout BinaryWriter) { writer.writeRaw(bytes) }
}

extension [UInt8] {
  fileprivate var asRaw: RawBytes { RawBytes(self) }
}

extension CompiledRubric.Rule: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    id = try reader.readString()
    name = try reader.read(Int32.self)
    explanation = try reader.readString()
    weight = try reader.readDouble()
    negatable = try reader.readBool()
    negatedName = try reader.read(Int32?.self)
    negatedExplanation = try reader.readString()
    inQuestion = try reader.read(Bool?.self)
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(id)
    writer.write(name)
    writer.write(explanation)
    writer.write(weight)
    writer.write(negatable)
    writer.write(negatedName)
    writer.write(negatedExplanation)
    writer.write(inQuestion)
  }
}

extension CompiledRubric.Structure: BinaryCodable {
  convenience init(from reader: inout BinaryReader) throws(ArtefactError) {
    let id = try reader.readString()
    let action: Action =
      switch try reader.readInteger(UInt8.self) {
      case 0: .drop(Set(try reader.read([Int32].self)))
      case 1: .add(try reader.read(Int32.self))
      case let kind: throw ArtefactError("structure '\(id)' has an unknown action \(kind)")
      }
    let when = try reader.read([[Int32]].self)
    let unless = try reader.read([Int32].self)
    let scopeName = try reader.readString()
    guard let scope = CompiledRubric.Scope(rawValue: scopeName) else {
      throw ArtefactError("structure '\(id)' has an unknown scope '\(scopeName)'")
    }
    self.init(
      id: id, action: action, when: when, unless: unless, scope: scope, ordered: try reader.readBool(),
      explanation: try reader.readString(), weight: try reader.readDouble())
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(id)
    switch action {
    case .drop(let names):
      writer.writeInteger(UInt8(0))
      writer.write(names.sorted())
    case .add(let name):
      writer.writeInteger(UInt8(1))
      writer.write(name)
    }
    writer.write(when)
    writer.write(unless)
    writer.write(scope.rawValue)
    writer.write(ordered)
    writer.write(explanation)
    writer.write(weight)
  }
}

extension Lexicon.Run: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    self.init(start: try reader.read(Int32.self), count: try reader.read(Int32.self))
    guard start >= 0, count >= 0 else { throw ArtefactError("a run of ids starts or counts below zero") }
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(start)
    writer.write(count)
  }
}

extension Lexicon: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    self.init()
    surface = try reader.read(ByteKeyTable<Run>.self)
    surfaceWords = try reader.readRaw(Int32.self)
    wordIDs = try reader.read(ByteKeyTable<Int32>.self)
    wordText = try reader.read([String].self)
    wordSymbolRuns = try reader.read([Run].self)
    wordSymbolFlat = try reader.readRaw(Int32.self)
    prefixes = try reader.read(ByteKeyTable<[Int32]>.self)
    prefixLengths = try reader.read([Int].self)
    fuzzyDeletions = try reader.read(ByteKeyTable<[Int32]>.self)
    fuzzyExcluded = try reader.read(ByteKeyTable<Bool>.self)
    fuzzyMinLength = try reader.readInt()
    numberSymbol = try reader.read(Int32.self)
    startsClause = try reader.readRaw(UInt8.self).map { $0 != 0 }
    let runsFit = { (runs: [Run], count: Int) in runs.allSatisfy { Int($0.start) + Int($0.count) <= count } }
    guard runsFit(surface.values, surfaceWords.count), runsFit(wordSymbolRuns, wordSymbolFlat.count),
      startsClause.count == wordSymbolRuns.count, wordText.count == wordSymbolRuns.count
    else { throw ArtefactError("the lexicon's word lists do not agree in size") }
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(surface)
    writer.writeRaw(surfaceWords)
    writer.write(wordIDs)
    writer.write(wordText)
    writer.write(wordSymbolRuns)
    writer.writeRaw(wordSymbolFlat)
    writer.write(prefixes)
    writer.write(prefixLengths)
    writer.write(fuzzyDeletions)
    writer.write(fuzzyExcluded)
    writer.write(fuzzyMinLength)
    writer.write(numberSymbol)
    writer.writeRaw(startsClause.map { UInt8($0 ? 1 : 0) })
  }
}

extension PhraseTrie: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    self.init(records: try reader.readRaw(Int32.self), rootChildren: try reader.readRaw(Int32.self))
    guard rootChildren.allSatisfy({ $0 < records.count }) else {
      throw ArtefactError("the phrase trie's root points outside its records")
    }
  }

  func write(to writer: inout BinaryWriter) {
    writer.writeRaw(records)
    writer.writeRaw(rootChildren)
  }
}

extension RubricSymbols: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    self.init(
      classMembers: try reader.read([String: [String]].self), contractions: try reader.read([String: [String]].self),
      wordIDs: try reader.read([String: Int32].self), prefixSymbols: try reader.read([String: Int32].self),
      classSymbols: try reader.read([String: Int32].self), prefixTable: try reader.read([String: [Int32]].self),
      multiWordMembers: try reader.read([String: [PhrasePattern.Sequence]].self),
      numberSymbol: try reader.read(Int32.self), symbolCount: try reader.read(Int32.self))
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(classMembers)
    writer.write(contractions)
    writer.write(wordIDs)
    writer.write(prefixSymbols)
    writer.write(classSymbols)
    writer.write(prefixTable)
    writer.write(multiWordMembers)
    writer.write(numberSymbol)
    writer.write(symbolCount)
  }
}

extension PhrasePattern.Sequence: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    self.init(nodes: try reader.read([PhrasePattern.Node].self))
    anchoredStart = try reader.readBool()
    anchoredEnd = try reader.readBool()
  }

  func write(to writer: inout BinaryWriter) {
    writer.write(nodes)
    writer.write(anchoredStart)
    writer.write(anchoredEnd)
  }
}

extension PhrasePattern.Node: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    switch try reader.readInteger(UInt8.self) {
    case 0: self = .word(try reader.readString())
    case 1: self = .prefix(try reader.readString())
    case 2: self = .wordClass(try reader.readString())
    case 3: self = .atom(.gap(try reader.readInt()))
    case 4: self = .atom(.symbolID(try reader.read(Int32.self)))
    case 5: self = .group(try reader.read([[PhrasePattern.Node]].self))
    case let kind: throw ArtefactError("a phrase node of unknown kind \(kind)")
    }
  }

  private static func word(_ text: String) -> Self { .atom(.word(text)) }
  private static func prefix(_ text: String) -> Self { .atom(.prefix(text)) }
  private static func wordClass(_ text: String) -> Self { .atom(.wordClass(text)) }

  func write(to writer: inout BinaryWriter) {
    switch self {
    case .atom(.word(let text)):
      writer.writeInteger(UInt8(0))
      writer.write(text)
    case .atom(.prefix(let text)):
      writer.writeInteger(UInt8(1))
      writer.write(text)
    case .atom(.wordClass(let text)):
      writer.writeInteger(UInt8(2))
      writer.write(text)
    case .atom(.gap(let maximum)):
      writer.writeInteger(UInt8(3))
      writer.write(maximum)
    case .atom(.symbolID(let symbol)):
      writer.writeInteger(UInt8(4))
      writer.write(symbol)
    case .group(let alternatives):
      writer.writeInteger(UInt8(5))
      writer.write(alternatives)
    }
  }
}
