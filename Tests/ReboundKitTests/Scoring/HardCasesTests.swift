import ReboundKit
import Testing

/// The "Hard cases, decided" of LABELS.md, each with the guide's own examples and the exact
/// labels the decision gives them.
@Suite struct HardCasesTests {
  struct HardCase: Sendable, CustomTestStringConvertible {
    let decision: Int
    let example: LabelledExample

    init(_ decision: Int, _ text: String, _ labels: Label...) {
      self.decision = decision
      example = LabelledExample(text, labels: Set(labels))
    }

    var testDescription: String { "decision \(decision): \(example.testDescription)" }
  }

  static let cases: [HardCase] = [
    HardCase(1, "Would you prefer a refund or a replacement?", .answer, .communicate),
    HardCase(1, "We can re-send it or refund you, which suits you?", .answer, .communicate),
    HardCase(1, "What would make this right for you?", .communicate),
    HardCase(2, "I'm not going to apologise for that.", .rude),
    HardCase(3, "Sorry, but that's policy.", .excuse),
    HardCase(3, "Sorry, but you should have used the safe.", .blame),
    HardCase(3, "I'm sorry. The courier must have dropped it.", .apologize, .excuse),
    HardCase(3, "I apologise, however the system won't let me refund it.", .excuse),
    HardCase(3, "Sorry for the wait, that said, there's nothing I can do.", .rude),
    HardCase(4, "There's nothing I can do.", .rude),
    HardCase(4, "Nothing more we can do.", .rude),
    HardCase(4, "End of discussion.", .rude),
    HardCase(4, "The system won't let me refund it.", .excuse),
    HardCase(4, "We can't refund you."),
    HardCase(5, "It's in the contract you signed.", .blame),
    HardCase(5, "You should have read the terms.", .blame),
    HardCase(5, "The delay was caused by a technical fault.", .excuse),
    HardCase(5, "That was our mistake.", .acknowledge),
    HardCase(5, "I let you down.", .acknowledge),
    HardCase(5, "The whole team is embarrassed.", .acknowledge),
    HardCase(6, "Your replacement ships today.", .answer, .communicate),
    HardCase(6, "I'll replace it right now.", .answer, .communicate),
    HardCase(6, "We'll send a new one straight away.", .answer, .communicate),
    HardCase(6, "Your refund will arrive in 3–5 working days.", .answer, .communicate),
    HardCase(6, "Tonight's dinner is on us.", .answer),
    HardCase(6, "I've refunded it.", .answer),
    HardCase(7, "I'm so sorry your parcel has gone missing.", .apologize, .acknowledge),
    HardCase(7, "Sorry the glass arrived broken.", .apologize, .acknowledge),
    HardCase(7, "Sorry about that.", .apologize),
    HardCase(7, "Sorry for the inconvenience.", .apologize),
    HardCase(7, "Sorry to hear that.", .apologize),
    HardCase(8, "Did you leave the window open?", .blame),
    HardCase(8, "Did you give the right postcode?", .blame),
    HardCase(8, "Was the outer box dented when it arrived?", .communicate),
    HardCase(9, "Sorry if you were upset."),
    HardCase(9, "Apologies if that caused any confusion."),
    HardCase(9, "Sorry for any inconvenience.", .apologize),
    HardCase(10, "I'm sending the missing report to you right now.", .answer, .communicate),
    HardCase(10, "We've booked your delivery for Thursday.", .answer, .communicate),
    HardCase(11, "Thank you for your patience.", .acknowledge),
    HardCase(11, "Thanks for your feedback.", .acknowledge),
    HardCase(11, "Thank you for choosing us."),
    HardCase(11, "Have a nice day."),
    HardCase(12, "I'm not sure I believe that.", .blame),
    HardCase(12, "SORRY FOR THE WAIT.", .apologize),
    HardCase(13, "Sorry, I didn't realise you were royalty.", .rude),
    HardCase(13, "Glass is fragile, who knew.", .rude),
    HardCase(14, "We're sorry for your frustration.", .apologize),
    HardCase(14, "Apologies for the disappointment.", .apologize),
    HardCase(14, "Sorry for the trouble.", .apologize),
    HardCase(14, "Sorry you feel that way."),
    HardCase(14, "I'm sorry you're disappointed with us."),
    HardCase(14, "Sorry you are unhappy with the room."),
    HardCase(14, "Sorry it's too hot for you."),
    HardCase(15, "Thanks for reaching out."),
    HardCase(15, "Thanks for contacting us."),
    HardCase(15, "Give us a shout if anything else comes up."),
    HardCase(15, "Is there anything else?"),
    HardCase(15, "How can I help?"),
    HardCase(15, "Happy to help."),
    HardCase(15, "I understand."),
    HardCase(15, "I hear you."),
    HardCase(15, "I understand how upsetting it is to lose a gift.", .acknowledge),
    HardCase(16, "Sorry your flight was cancelled.", .apologize, .acknowledge),
    HardCase(16, "Sorry for the delay.", .apologize),
    HardCase(17, "We can't see accounts here, please DM us your order number.", .communicate),
    HardCase(18, "Let's try restarting it together — does the light go green?", .communicate),
    HardCase(19, "If you DM me your card number I'll add a refund.", .answer, .communicate),
    HardCase(19, "We'll make this right.", .communicate),
    HardCase(19, "Your refund has gone through and will show in 3–5 days.", .answer, .communicate),
    HardCase(20, "As previously explained, the pool closes at six.", .rude),
    HardCase(20, "Please take our lead on this.", .rude),
    HardCase(20, "That has nothing to do with it.", .rude),
    HardCase(21, "You'll have to contact your insurance.", .excuse),
    HardCase(21, "File a claim with the courier.", .excuse),
    HardCase(21, "Ring housekeeping yourself.", .excuse),
    HardCase(21, "Please DM us.", .communicate),
    HardCase(21, "Our group bookings team will sort this: here's their line.", .communicate),
    HardCase(22, "Let me make sure I've got this right: the glasses arrived cracked?", .acknowledge, .communicate),
    HardCase(23, "Nobody else has complained.", .rude),
    HardCase(23, "You're the first to mention it.", .rude),
    HardCase(23, "That's just how it is.", .rude),
    HardCase(23, "It happens all the time in transit.", .excuse),
  ]

  @Test(arguments: cases)
  func decided(_ hardCase: HardCase) throws {
    try hardCase.example.expectScoredExactly()
  }

  /// Owning the failure is *acknowledge* and never an excuse, whatever else "my bad" is.
  @Test func owningItIsAcknowledgement() throws {
    let verdict = try Shared.score("My bad.")
    #expect(verdict.has(.acknowledge), verdict.explained)
    #expect(!verdict.has(.excuse), verdict.explained)
  }

  /// Questions about the customer's own actions blame them, whatever the intent: never communicate.
  @Test(arguments: ["Did you leave the window open?", "Did you give the right postcode?"])
  func blamingQuestionsDoNotCommunicate(_ text: String) throws {
    #expect(!(try Shared.score(text)).has(.communicate))
  }
}
