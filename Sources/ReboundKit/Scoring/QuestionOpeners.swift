/// Openings that make a sentence a question even when it was typed without a "?" ("did u
/// even lock it", "r u sure"): chat replies often drop the mark, and a rule with
/// `in_question: true` should still see them.
struct QuestionOpeners: Sendable {
  /// Each opener as canonical word ids, in order.
  private var sequences: [[Int32]] = []

  mutating func add(_ words: [Int32]) {
    if !sequences.contains(words) { sequences.append(words) }
  }

  /// Marks as a question every sentence of `stream` that begins with an opener.
  func mark(in stream: inout TokenStream) {
    guard !sequences.isEmpty else { return }
    for index in stream.sentences.indices where !stream.sentences[index].isQuestion {
      let sentence = stream.sentences[index]
      if sequences.contains(where: { opens(sentence, with: $0, in: stream) }) {
        stream.sentences[index].isQuestion = true
      }
    }
  }

  private func opens(_ sentence: TokenStream.Sentence, with words: [Int32], in stream: TokenStream) -> Bool {
    guard sentence.endToken - sentence.firstToken >= words.count else { return false }
    for (offset, word) in words.enumerated() where stream.tokens[sentence.firstToken + offset].word != word {
      return false
    }
    return true
  }
}

extension QuestionOpeners: BinaryCodable {
  init(from reader: inout BinaryReader) throws(ArtefactError) {
    sequences = try reader.read([[Int32]].self)
  }

  func write(to writer: inout BinaryWriter) { writer.write(sequences) }
}
