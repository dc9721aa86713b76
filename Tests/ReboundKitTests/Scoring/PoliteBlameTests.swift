import ReboundKit
import Testing

/// Blame rarely says "your fault": it is the customer's own choice told back to them, a
/// warning they were given, a doubt about their story, a question about what they did — often
/// inside an otherwise polite reply, and often typed without a "?".
@Suite struct PoliteBlameTests {
  /// Telling the customer what they chose, skipped or were warned about.
  @Test(arguments: [
    LabelledExample("You opted for the cheaper room without a lock.", .blame),
    LabelledExample("You declined the cover when you booked.", .blame),
    LabelledExample("You left it until the last day to tell us.", .blame),
    LabelledExample("With respect, you were the one who picked that date.", .blame),
    LabelledExample("You had every chance to change the address.", .blame),
    LabelledExample("You were warned about the steps at check-in.", .blame),
    LabelledExample("Honestly, you should really have asked at the desk.", .blame),
  ])
  func theirOwnChoice(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// The same words in a reply that owns the failure are a restatement, not blame.
  @Test(arguments: [
    LabelledExample("You chose us for your honeymoon and we let you down.", .acknowledge),
    LabelledExample("You were promised a quiet room and we gave you one by the bins; that's on us.", .acknowledge),
    LabelledExample("You shouldn't have had to chase us twice.", .acknowledge),
  ])
  func ownedRestatements(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Blame tucked into a polite reply, in a softer voice.
  @Test(arguments: [
    LabelledExample("For future reference, parcels left in the porch are at the buyer's risk.", .blame),
    LabelledExample("I'd gently point out that the fitting guide is in the box.", .blame),
    LabelledExample("You might have chosen the tracked service for something so fragile.", .blame),
    LabelledExample("Is it possible someone in your party borrowed them?", .blame),
    LabelledExample("Were you aware there is a safe in every room?", .blame),
    LabelledExample("The reset was requested from your own email address.", .blame),
    LabelledExample("We can't undo a payment you authorised.", .blame),
    LabelledExample("Rings scratch if you wear them at the gym.", .blame),
    LabelledExample("The photos you sent don't show a crack.", .blame),
  ])
  func saidSoftly(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// A blaming question typed the way chat is typed: no "?", "u", "r", "shoulda".
  @Test(arguments: [
    LabelledExample("did u even lock the door", .blame, .rude),
    LabelledExample("r u sure it was locked", .blame),
    LabelledExample("u shoulda kept the receipt", .blame),
    LabelledExample("did you open it with a blade or something", .blame),
    LabelledExample("Could you have packed them by mistake?", .blame),
  ])
  func typedFast(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// "Had you …" opens a condition, not a question, and a plain "did you" statement about
  /// a detail the agent needs stays a question that asks.
  @Test(arguments: [
    LabelledExample("Had you booked direct, we could have moved you.", .blame),
    LabelledExample("When did you first notice it", .communicate),
  ])
  func openersThatAreNotBlame(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// An apology taken back by "but" and blame is blame only (decision 3), however the blame
  /// is found: a choice of theirs, a cause on their side or what would have happened.
  @Test(arguments: [
    LabelledExample("I'm sorry, but you really should have used the safe.", .blame),
    LabelledExample("Apologies, but the box clearly said fragile.", .blame),
    LabelledExample("Sorry, but you opted out of the insurance.", .blame),
  ])
  func apologyTakenBack(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Blame's own words, used to own the failure or to help, are not blame.
  @Test(arguments: [
    LabelledExample("It's not your fault at all, the lock should have held.", .acknowledge),
    LabelledExample("I read your email again this morning.", labels: []),
    LabelledExample("The footage shows our driver dropped the box.", .excuse),
  ])
  func blamesWordsWithoutBlame(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }

  /// Blame said while talking down to them is rude as well (decision 20).
  @Test(arguments: [
    LabelledExample("Maybe check the size chart next time.", .blame, .rude),
    LabelledExample("Honestly love, you should have read the terms.", .blame, .rude),
  ])
  func lecturing(_ example: LabelledExample) throws {
    try example.expectScoredExactly()
  }
}
