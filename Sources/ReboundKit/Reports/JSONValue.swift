/// A JSON document built by hand and written in one pass: much faster than `JSONEncoder`
/// for reports of thousands of rows, with keys in the order given and `null` kept.
indirect enum JSONValue {
  case string(String)
  case int(Int)
  /// Written with one decimal.
  case decimal(Double)
  /// Written with up to `digits` decimals, trailing zeros dropped: 0.71, 0.8, 1.0.
  case fixed(Double, digits: Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func optional(_ text: String?) -> JSONValue { text.map { .string($0) } ?? .null }

  /// Pretty-printed with two-space indents.
  var text: String {
    var out = ""
    write(to: &out, indent: 0)
    return out
  }

  func write(to out: inout String, indent: Int) {
    switch self {
    case .string(let text): Self.writeString(text, to: &out)
    case .int(let value): out += String(value)
    case .decimal(let value):
      let tenths = Int((value * 10).rounded())
      out += (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    case .fixed(let value, let digits):
      let scale = (0..<max(1, digits)).reduce(1) { product, _ in product * 10 }
      let units = Int((abs(value) * Double(scale)).rounded())
      var fraction = String(units % scale)
      fraction = String(repeating: "0", count: String(scale).count - 1 - fraction.count) + fraction
      while fraction.count > 1 && fraction.hasSuffix("0") { fraction.removeLast() }
      out += (value < 0 && units > 0 ? "-" : "") + "\(units / scale).\(fraction)"
    case .bool(let value): out += value ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      Self.writeArray(count: items.count, item: { items[$0] }, to: &out, indent: indent)
    case .object(let pairs):
      guard !pairs.isEmpty else {
        out += "{}"
        return
      }
      out += "{\n"
      for (index, (key, value)) in pairs.enumerated() {
        out += String(repeating: " ", count: indent + 2)
        Self.writeString(key, to: &out)
        out += ": "
        value.write(to: &out, indent: indent + 2)
        out += index == pairs.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: " ", count: indent) + "}"
    }
  }

  private static func writeArray(count: Int, item: (Int) -> JSONValue, to out: inout String, indent: Int) {
    guard count > 0 else {
      out += "[]"
      return
    }
    out += "[\n"
    for index in 0..<count {
      out += String(repeating: " ", count: indent + 2)
      item(index).write(to: &out, indent: indent + 2)
      out += index == count - 1 ? "\n" : ",\n"
    }
    out += String(repeating: " ", count: indent) + "]"
  }

  /// A JSON string: quotes, backslashes and control characters escaped (RFC 8259).
  static func writeString(_ text: String, to out: inout String) {
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        // Controls, line and paragraph separators and bidirectional controls are escaped,
        // so the value is kept but no viewer acts on it.
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029
          || SafeText.isBidiControl(scalar)
        {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }
}
