import ReboundKit
import Testing

/// Blame often leaves the customer out of the sentence: the thing "was sat on", "was left in
/// the sun", "the instructions weren't followed". With no one else named, the customer is
/// the one who did it; with a carrier, a colleague or "we" in the frame, it is not blame.
@Suite struct AgentlessBlameTests {
  /// How the thing was handled, stored or left, with no one named.
  @Test(arguments: [
    LabelledExample("The lens cracked because it was stood on, judging by the marks.", .blame),
    LabelledExample("The speaker was dropped in the pool, so the guarantee is void.", .blame),
    LabelledExample("The bike was kept outside all winter, which is why the chain rusted.", .blame),
    LabelledExample("The care instructions were not followed when the jumper was washed.", .blame),
    LabelledExample("Delicate fabrics need careful handling.", .blame),
    LabelledExample("The balance went unpaid for three months, so the line was cut.", .blame),
    LabelledExample("The salad was kept in the boot all afternoon.", .blame),
    LabelledExample("The wool was machine washed, which felts it.", .blame),
    LabelledExample("The rim was bent by a kerb.", .blame),
  ])
  func handledWithNoOneNamed(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// The same constructions with the carrier, a colleague or ourselves named are not blame.
  @Test(arguments: [
    LabelledExample("The courier left the vase out in the rain.", .excuse),
    LabelledExample("The chair was sat on a pallet in the depot for a week."),
    LabelledExample("Your order was stored in our warehouse near a leak."),
  ])
  func handledBySomeoneElse(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Rules, records and evidence that put the cause on the customer's side.
  @Test(arguments: [
    LabelledExample("Holders who lose their pass are charged for a new one.", .blame),
    LabelledExample("The heating was turned off from your app on Sunday.", .blame),
    LabelledExample("The problem stems from your office's firewall.", .blame),
    LabelledExample("That is the postcode you typed in.", .blame),
    LabelledExample("The delivery photo shows the crate in perfect condition.", .blame),
    LabelledExample("We only ever see this when people leave it plugged in.", .blame),
    LabelledExample("Your login was shared with someone at another address.", .blame),
    LabelledExample("Perhaps the drawer wasn't shut as firmly as you recall.", .blame),
    LabelledExample("It's not our fault you forgot the voucher.", .blame),
    LabelledExample("Were your children fiddling with the thermostat?", .blame),
    LabelledExample("Half of your guests turned up late.", .blame),
  ])
  func causeOnTheCustomersSide(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Advice after the fact, and sarcasm about it, talk down as well as blame (decision 20).
  @Test(arguments: [
    LabelledExample("That's what happens when people skip the briefing.", .blame, .rude),
    LabelledExample("Nobody asked you to carry it down the stairs yourself.", .blame, .rude),
    LabelledExample("Have you even looked at the timetable?", .blame, .rude),
  ])
  func adviceAfterTheFact(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Quiet, professional blame: a record, a rule or a tip that points back at the customer.
  @Test(arguments: [
    LabelledExample("Thanks for your email. You did decline the extended warranty at the till.", .blame),
    LabelledExample("The medical history section of the form was left blank.", .blame),
    LabelledExample("Sorry for the wait. Prescriptions need two days' notice, and yours came in this morning.", .apologize, .blame),
    LabelledExample("Your group arrived at half nine for a nine o'clock sitting.", .blame),
    LabelledExample("The cover you chose excludes theft from vehicles.", .blame),
    LabelledExample("The pharmacy leaflet does say to take it with food.", .blame),
    LabelledExample("The damage is consistent with the case being dropped on a hard floor.", .blame),
    LabelledExample("The engineer rang you three times before leaving.", .blame),
    LabelledExample("Going forward, it's worth keeping the receipt with the warranty card.", .blame),
    LabelledExample("Going forward, lock the car before you walk away.", .blame),
    LabelledExample("Could you tell me whether the car was definitely locked?", .blame),
  ])
  func quietProfessionalBlame(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Owning the failure with the same words is not blame.
  @Test(arguments: [
    LabelledExample("The fault came from our end, and I've corrected it.", .acknowledge, .answer),
    LabelledExample("Our packing was at fault here.", .acknowledge),
    LabelledExample("Going forward, we'll call before every delivery.", .communicate),
    LabelledExample("We somehow got your dates wrong.", .acknowledge),
    LabelledExample("Sorry about the double booking, and going forward we'll confirm every change by text.", .communicate, .apologize),
    LabelledExample("Your plan lapsed because we forgot to send the renewal, so I've restored it.", .acknowledge, .answer),
    LabelledExample("It's not our fault, but we'll replace it anyway.", .excuse, .answer),
  ])
  func ownedNotBlamed(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }
}
