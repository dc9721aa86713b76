import ReboundKit
import Testing

@Suite struct TextWrapTests {
  @Test func wrapsBetweenWordsWithAnIndentOnContinuationLines() {
    let text = "Someone was in my cabin last night and took my trousers."
    #expect(TextWrap.wrap(text, width: 24, indent: "  ") == "Someone was in my cabin\n  last night and took my\n  trousers.")
  }

  @Test func aWordLongerThanTheWidthStaysWholeAndParagraphsStay() {
    #expect(TextWrap.wrap("a supercalifragilisticexpialidocious b", width: 15) == "a\nsupercalifragilisticexpialidocious\nb")
    #expect(TextWrap.wrap("one two\nthree", width: 40) == "one two\nthree")
  }
}
