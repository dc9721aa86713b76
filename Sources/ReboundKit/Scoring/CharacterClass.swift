/// How the scanner treats one Unicode scalar of a reply.
enum CharacterClass: Equatable {
  /// Part of a word; the bytes to append, already lower-cased and folded to ASCII where possible.
  case letter
  case digit
  case apostrophe
  case hyphen
  /// A comma, colon, semicolon, dash, bracket or ellipsis: a new clause starts.
  case clauseBreak
  /// A full stop, exclamation mark or line break: a new sentence starts.
  case sentenceBreak
  case questionMark
  /// A combining mark or an invisible joiner: dropped, so "é" typed as e + U+0301 reads as "e".
  case combiningMark
  case separator

  /// `of(_:)` for each ASCII byte, to look up instead of work out: most of a reply is ASCII.
  static let asciiClasses: [CharacterClass] = (0..<0x80).map { of(Unicode.Scalar(UInt8($0))) }

  static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
    let v = scalar.value
    switch v {
    case 0x61...0x7A, 0x41...0x5A: return .letter
    case 0x30...0x39: return .digit
    case 0x27, 0x60, 0xB4, 0x2018, 0x2019, 0x02BC, 0x02B9, 0xFF07: return .apostrophe
    case 0x2D, 0x2010, 0x2011: return .hyphen
    case 0x2C, 0x3A, 0x3B, 0x28, 0x29, 0x5B, 0x5D, 0x2012...0x2015, 0x2212, 0x2026, 0xFF0C, 0x3001: return .clauseBreak
    case 0x2E, 0x21, 0x0A, 0x0D, 0x2028, 0x2029, 0xFF01, 0x3002, 0x203C: return .sentenceBreak
    case 0x3F, 0xFF1F, 0x2048, 0x2049: return .questionMark
    case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return .combiningMark
    // Invisible joiners and soft hyphens never split a word.
    case 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF: return .combiningMark
    case 0...0x7F: return .separator
    default:
      if foldedLatin(scalar) != nil { return .letter }
      return scalar.properties.isAlphabetic ? .letter : .separator
    }
  }

  /// The ASCII letter(s) a Latin letter with a diacritic folds to ("é" → "e", "ß" → "ss").
  static func foldedLatin(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0xC0...0xC5, 0xE0...0xE5, 0x100...0x105: return "a"
    case 0xC7, 0xE7, 0x106...0x10D: return "c"
    case 0xC8...0xCB, 0xE8...0xEB, 0x112...0x11B: return "e"
    case 0xCC...0xCF, 0xEC...0xEF, 0x128...0x131: return "i"
    case 0xD1, 0xF1, 0x143...0x148: return "n"
    case 0xD2...0xD6, 0xD8, 0xF2...0xF6, 0xF8, 0x14C...0x151: return "o"
    case 0xD9...0xDC, 0xF9...0xFC, 0x168...0x173: return "u"
    case 0xDD, 0xFD, 0xFF, 0x176...0x178: return "y"
    case 0xDF: return "ss"
    case 0xC6, 0xE6: return "ae"
    case 0x152, 0x153: return "oe"
    default: return nil
    }
  }
}
