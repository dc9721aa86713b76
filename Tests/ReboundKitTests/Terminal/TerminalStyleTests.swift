import ReboundKit
import Testing

/// Colour only on a terminal, never with `NO_COLOR` (no-color.org) or a dumb terminal.
@Suite struct TerminalStyleTests {
  @Test(arguments: [
    (true, [:], true),
    (true, ["TERM": "xterm-256color"], true),
    (false, [:], false),
    (false, ["TERM": "xterm-256color"], false),
    (true, ["NO_COLOR": "1"], false),
    (true, ["NO_COLOR": "anything"], false),
    (true, ["NO_COLOR": ""], true),
    (true, ["TERM": "dumb"], false),
  ] as [(Bool, [String: String], Bool)])
  func detect(isTerminal: Bool, environment: [String: String], colors: Bool) {
    #expect(TerminalStyle.detect(isTerminal: isTerminal, environment: environment).colors == colors)
  }

  @Test func paintWrapsTextInAnEscapeOnlyWithColour() {
    #expect(TerminalStyle(colors: true).paint("rude", .red, bold: true) == "\u{1B}[1;31mrude\u{1B}[0m")
    #expect(TerminalStyle(colors: true).paint("note", .dim) == "\u{1B}[2mnote\u{1B}[0m")
    #expect(TerminalStyle.plain.paint("rude", .red, bold: true) == "rude")
  }

  @Test(arguments: [
    ("plain text", "plain text"),
    ("tab\tkept", "tab\tkept"),
    ("line\nbreak", "line␤break"),
    ("\u{1B}[31mred", "␛[31mred"),
    ("bell\u{7}", "bell␇"),
    ("del\u{7F}", "del␡"),
    ("c1\u{9B}31m", "c1\u{FFFD}31m"),
    ("bidi\u{202E}txet", "bidi\u{FFFD}txet"),
    ("emoji 😞 and é", "emoji 😞 and é"),
  ])
  func neutralizedShowsControlCharacters(_ text: String, _ shown: String) {
    #expect(TerminalStyle.neutralized(text) == shown)
  }

  @Test func everyLabelHasAColourAndTheDontsAreWarm() {
    #expect(Label.pitfalls.allSatisfy { [.red, .yellow].contains(TerminalStyle.color(for: $0)) })
    #expect(Label.moves.allSatisfy { ![.red, .yellow].contains(TerminalStyle.color(for: $0)) })
  }
}
