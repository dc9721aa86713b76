import ReboundKit
import Testing

/// A reply and the exact set of labels the annotation guide (`LABELS.md`) gives it.
struct LabelledExample: Sendable, CustomTestStringConvertible {
  let text: String
  let labels: Set<Label>

  init(_ text: String, _ labels: Label...) {
    self.init(text, labels: Set(labels))
  }

  init(_ text: String, labels: Set<Label>) {
    self.text = text
    self.labels = labels
  }

  var testDescription: String {
    let names = labels.sorted().map(\.rawValue).joined(separator: ", ")
    return "\"\(text)\" → " + (names.isEmpty ? "no label" : names)
  }

  /// Expects the built-in scorer to find exactly these labels, no more and no fewer. A reply
  /// in `KnownGaps.replies` is one the scorer still gets wrong: it is recorded as a known issue
  /// (visible in every test run) instead of failing the build.
  func expectScoredExactly(sourceLocation: SourceLocation = #_sourceLocation) throws {
    let verdict = try Shared.score(text)
    if KnownGaps.replies.contains(text) {
      withKnownIssue("the scorer does not yet read this reply as LABELS.md decides") {
        #expect(Set(verdict.labels) == labels, verdict.explained, sourceLocation: sourceLocation)
      }
    } else {
      #expect(Set(verdict.labels) == labels, verdict.explained, sourceLocation: sourceLocation)
    }
  }
}

/// A reply and one label the guide says it must (or must not) carry, whatever else it has.
struct LabelledPhrase: Sendable, CustomTestStringConvertible {
  let text: String
  let label: Label

  init(_ text: String, _ label: Label) {
    self.text = text
    self.label = label
  }

  var testDescription: String { "\"\(text)\" / \(label.rawValue)" }
}

/// Replies from LABELS.md's cases that the rubric still misjudges: each is a gap to close in
/// the rubric, listed here so that the suite states the requirement and shows the gap.
enum KnownGaps {
  static let replies: Set<String> = [
    "So your order arrived without the charger.",
    "Glass is fragile, who knew.",
    "Our group bookings team will sort this: here's their line.",
  ]
}
