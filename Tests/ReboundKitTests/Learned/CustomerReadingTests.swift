import Foundation
@testable import ReboundKit
import Testing

/// Kinds of reply the customer once misread (issue 19), in wordings of our own: a purpose
/// clause after a courier is not an excuse, a denial of the customer's account is a pitfall,
/// a process change is not a remedy, and saying back what the customer told us while owning
/// the failure is not blame. Scored as every command scores, with a scenario's vocabulary.
@Suite struct CustomerReadingTests {
  static func labels(_ text: String, in scenario: String) throws -> Set<Label> {
    Set(try BundledScenarios.scorer(for: try BundledScenarios.scenario(scenario)).score(text).labels)
  }

  @Test(arguments: [
    "We'll courier a new glass to you today, so you'll have it by Thursday.",
    "I've booked a courier for this afternoon so you can keep your evening free.",
  ])
  func aPurposeAfterACourierIsNoExcuse(_ text: String) throws {
    let labels = try Self.labels(text, in: "broken-glassware")
    #expect(!labels.contains(.excuse), "\(labels)")
    #expect(labels.contains(.answer) || labels.contains(.communicate), "\(labels)")
  }

  @Test(arguments: [
    "That can't be right, those doors are always locked at night.",
    "Our team are all local and honest, none of them would take a thing.",
  ])
  func denyingTheirAccountIsAPitfall(_ text: String) throws {
    let labels = try Self.labels(text, in: "lost-pants")
    #expect(labels.contains(.blame) || labels.contains(.excuse), "\(labels)")
    #expect(!labels.contains(.acknowledge), "\(labels)")
  }

  @Test func aNewSystemIsNotARemedy() throws {
    let labels = try Self.labels("We're bringing in a new ordering system next month.", in: "bike-repair")
    #expect(!labels.contains(.answer), "\(labels)")
  }

  @Test func theirOwnWordBackedByTheTicketIsNotBlame() throws {
    let labels = try Self.labels(
      "I'm so sorry, Ruth. You told us it was for Sunday's ride, it's written right there on the ticket, and we still never touched it. That's on us.",
      in: "bike-repair")
    #expect(!labels.contains(.blame), "\(labels)")
    #expect(labels.contains(.acknowledge) && labels.contains(.apologize), "\(labels)")
  }
}
