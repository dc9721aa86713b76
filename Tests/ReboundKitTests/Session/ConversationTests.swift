import Foundation
import ReboundKit
import Testing

/// The customer of a session: reactions, mood, endings and the seeded choice of lines.
@Suite struct ConversationTests {
  static func conversation(difficulty: Difficulty? = nil, seed: UInt64 = 7) throws -> Conversation {
    let scenario = try BundledScenarios.scenario("lost-pants")
    return Conversation(
      scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario), difficulty: difficulty, seed: seed)
  }

  static let apology = "I'm so sorry. Someone got into your locked cabin and took your trousers, and you lost a night's sleep."

  /// Lint only warns about repeated variants, so a reaction whose lines are all the same must
  /// still play: the customer repeats the line rather than having none to say.
  @Test func aReactionWhoseLinesAreAllTheSameStillPlays() throws {
    var scenario = try BundledScenarios.scenario("lost-pants")
    scenario.reactions[.silence] = ["Hello?", "Hello?", "Hello?"]
    var conversation = Conversation(
      scenario: scenario, scorer: try BundledScenarios.scorer(for: scenario), difficulty: .easy, seed: 3)
    let lines = (0..<3).compactMap { _ in conversation.isOver ? nil : conversation.respond(to: "").customerLine }
    #expect(lines.first == "Hello?")
    #expect(lines.count >= 2)
  }

  @Test func theSameSeedGivesTheSameLinesAndAnotherSeedMayNot() throws {
    let replies = ["Hello.", "What happened?", "Okay.", "I see."]
    func lines(seed: UInt64) throws -> [String] {
      var conversation = try Self.conversation(seed: seed)
      return [conversation.opening] + replies.map { conversation.respond(to: $0).customerLine }
    }
    #expect(try lines(seed: 3) == lines(seed: 3))
    let variety = Set(try (1...8).map { try lines(seed: $0) })
    #expect(variety.count > 1)
  }

  @Test func aBlamingReplyAngersAndTheCustomerSaysSo() throws {
    var conversation = try Self.conversation(difficulty: .easy)
    let turn = conversation.respond(to: "Are you sure you locked your door?")
    #expect(turn.reaction == .blame)
    #expect(turn.moodAfter > turn.moodBefore)
    #expect(conversation.scenario.reactions[.blame]?.contains(turn.customerLine) == true)
  }

  @Test func aSincereApologyCalms() throws {
    var conversation = try Self.conversation()
    let turn = conversation.respond(to: Self.apology)
    #expect(turn.reaction == .apology)
    #expect(turn.moodAfter < turn.moodBefore - 10)
  }

  @Test func aFixBeforeAnyApologyCalmsLessAndIsToldToListen() throws {
    var fixFirst = try Self.conversation(difficulty: .medium)
    let fix = fixFirst.respond(to: "We'll pay for new trousers today.")
    #expect(fix.reaction == .fixBeforeListening)
    var personFirst = try Self.conversation(difficulty: .medium)
    personFirst.respond(to: Self.apology)
    let after = personFirst.respond(to: "We'll pay for new trousers today.")
    #expect(after.reaction == .remedy)
    #expect(fix.moodBefore - fix.moodAfter < after.moodBefore - after.moodAfter)
  }

  @Test func theCustomerAsksForAnApologyAfterThePatienceOfTheDifficultyRunsOut() throws {
    var medium = try Self.conversation(difficulty: .medium)
    #expect(medium.respond(to: "What time did you get back from the dive?").reaction == .question)
    #expect(medium.respond(to: "Which cabin are you in?").reaction == .missingApology)
    var hard = try Self.conversation(difficulty: .hard)
    #expect(hard.respond(to: "What time did you get back from the dive?").reaction == .missingApology)
  }

  @Test(arguments: [
    ("I understand, but that's our policy.", Reaction.heardOnlyTheBut),
    ("We value your feedback.", .stockPhrase),
    ("", .silence),
    ("   ", .silence),
    ("Calm down, it's only a pair of trousers.", .rude),
    ("It was probably another guest, not us.", .excuse),
  ])
  func theClassicTrapsHaveTheirOwnReactions(_ reply: String, _ reaction: Reaction) throws {
    var conversation = try Self.conversation(difficulty: .easy)
    let turn = conversation.respond(to: reply)
    #expect(turn.reaction == reaction)
    #expect(turn.moodAfter > turn.moodBefore)
  }

  @Test func aRemedyWithoutOneAfterApologyAndAcknowledgementIsAskedFor() throws {
    var conversation = try Self.conversation(difficulty: .easy)
    conversation.respond(to: Self.apology)
    conversation.respond(to: "That must have been frightening.")
    #expect(conversation.respond(to: "I really am sorry.").reaction == .missingRemedy)
  }

  @Test func enoughBlameMakesTheGuestWalkOut() throws {
    var conversation = try Self.conversation()
    var turn: Turn?
    for reply in ["We do have that problem.", "Are you sure you locked your door?", "It's your own fault, frankly."]
    where !conversation.isOver {
      turn = conversation.respond(to: reply)
    }
    #expect(conversation.outcome == .walkedOut)
    #expect(conversation.currentMood == 100)
    #expect(try conversation.scenario.endings[.walkedOut]?.contains(#require(turn).customerLine) == true)
  }

  @Test func theTurnLimitEndsASessionThatNeverResolves() throws {
    var conversation = try Self.conversation(difficulty: .easy)
    let limit = conversation.scenario.session.turnLimit
    for _ in 0..<limit where !conversation.isOver {
      conversation.respond(to: "What time did you get back?")
    }
    #expect(conversation.outcome == .turnLimit || conversation.outcome == .walkedOut)
    #expect(conversation.turns.count <= limit)
  }

  @Test func hardCalmsSlowerAndEscalatesFasterThanEasy() throws {
    var easy = try Self.conversation(difficulty: .easy)
    var hard = try Self.conversation(difficulty: .hard)
    let calmEasy = easy.respond(to: Self.apology)
    let calmHard = hard.respond(to: Self.apology)
    #expect(calmEasy.moodBefore - calmEasy.moodAfter > calmHard.moodBefore - calmHard.moodAfter)
    let angerEasy = easy.respond(to: "Are you sure you locked your door?")
    let angerHard = hard.respond(to: "Are you sure you locked your door?")
    #expect(angerHard.moodAfter - angerHard.moodBefore > angerEasy.moodAfter - angerEasy.moodBefore)
  }

  @Test func aHardCustomerWantsSomethingExtraBeforeItIsResolved() throws {
    let replies = [
      Self.apology, "Can you tell me what else was in the cabin?", "We'll pay for the trousers and the belt today.",
      "I'll come and find you at lunch to check how you are.", "I'll call you this evening as well.",
    ]
    var hard = try Self.conversation(difficulty: .hard)
    var medium = try Self.conversation(difficulty: .medium)
    for reply in replies {
      if !hard.isOver { hard.respond(to: reply) }
      if !medium.isOver { medium.respond(to: reply) }
    }
    #expect(medium.outcome == .resolved)
    #expect(hard.outcome != .resolved)
    #expect(!hard.extraOffered)
  }

  @Test func theSameLineIsNotRepeatedTwiceInARowForOneReaction() throws {
    var conversation = try Self.conversation(difficulty: .easy)
    var previous: String?
    for _ in 0..<6 where !conversation.isOver {
      let line = conversation.respond(to: "Okay.").customerLine
      if let previous { #expect(line != previous) }
      previous = line
    }
  }
}

extension ConversationTests {
  @Test func onceTheyHaveApologisedTheCustomerStopsAskingForAnApology() throws {
    var conversation = try Self.conversation(difficulty: .medium)
    conversation.respond(to: "What time did you get back from the dive?")
    #expect(conversation.respond(to: "Which cabin are you in?").reaction == .missingApology)
    conversation.respond(to: Self.apology)
    let reactions = ["Which cabin are you in?", "What time was it?"].map { conversation.respond(to: $0).reaction }
    #expect(!reactions.contains(.missingApology))
  }

  @Test func onceThereIsARemedyTheCustomerStopsAskingForOne() throws {
    var conversation = try Self.conversation(difficulty: .easy)
    conversation.respond(to: Self.apology)
    conversation.respond(to: "That must have been frightening.")
    #expect(conversation.respond(to: "I really am sorry.").reaction == .missingRemedy)
    conversation.respond(to: "We'll pay for the trousers and the belt today.")
    #expect(conversation.isOver || conversation.respond(to: "I really am sorry.").reaction != .missingRemedy)
  }
}

extension ConversationTests {
  @Test func theCustomerAnswersAReplyInUnderTwentyMilliseconds() throws {
    var conversation = try Self.conversation(difficulty: .easy)
    var times: [Double] = []
    let replies = [
      "What happened?", "That must have been frightening, and you didn't sleep.", "Which cabin are you in?",
      "I see.", "Okay.", "Tell me more about the belt.",
    ]
    for reply in replies where !conversation.isOver {
      let clock = ContinuousClock()
      let elapsed = clock.measure { conversation.respond(to: reply) }
      times.append(Double(elapsed.components.attoseconds) / 1e18 + Double(elapsed.components.seconds))
    }
    let median = times.sorted()[times.count / 2]
    #expect(median < 0.020, "median \(median * 1000) ms")
  }
}
