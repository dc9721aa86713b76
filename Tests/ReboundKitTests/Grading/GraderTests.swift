import Foundation
import ReboundKit
import Testing

/// Grading saved transcripts in the library: re-scoring, reviews, flags, filters, the
/// per-trainee summary, a bad file among good ones, and the CSV and HTML reports' escaping.
@Suite struct GraderTests {
  /// One grader for every test: it builds each scenario's scorer once (seconds in a debug build).
  static let shared: Result<Grader, any Error> = Result {
    try Grader(rubric: try Rubric.builtIn(), library: BundledScenarios.library)
  }

  static func grader() throws -> Grader { try shared.get() }

  static let examples = URL(fileURLWithPath: BundledScenarios.directory).deletingLastPathComponent()
    .appendingPathComponent("transcripts/examples").path

  static let anaLostPants = "2026-11-23T034605Z-ana-lost-pants.txt"
  static let benLostPants = "2026-11-23T034607Z-ben-lost-pants.txt"
  static let anaBrokenGlassware = "2026-11-23T034610Z-ana-broken-glassware.txt"
  static let benBrokenGlassware = "2026-11-23T034612Z-ben-broken-glassware.txt"

  /// The replies of ana's good broken-glassware session: all four moves and something extra.
  static let goodGlasswareReplies = [
    "Oh no, I'm so sorry. Your sister's birthday present arrived with a glass broken, and on your very first order with us. That's really disappointing.",
    "I'll replace the broken glass with a new one, and I'm refunding your whole order too. This isn't how your first order with us should have gone.",
    "And your sister will get a 40 dollar gift card from us, for her birthday.",
    "The new glass goes out today by express, so you'll have it on Friday. You'll both get confirmation emails within a few minutes, and I'll ring you on Friday to make sure it arrived in one piece.",
  ]

  static func example(_ name: String) throws -> String {
    try String(contentsOfFile: examples + "/" + name, encoding: .utf8)
  }

  /// A hand-written transcript: the header fields given, then a customer line before each reply.
  static func chat(
    scenario: String = "broken-glassware", trainee: String = "sam", header: [String] = [], replies: [String]
  ) -> String {
    var text = "scenario: \(scenario)\ntrainee: \(trainee)\n" + header.map { $0 + "\n" }.joined() + "\n"
    for (index, reply) in replies.enumerated() {
      text += "customer: Message \(index + 1) from the customer.\n"
      text += "trainee: " + reply.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n  ") + "\n"
    }
    return text
  }

  static func parse(_ text: String, file: String = "t.txt") throws -> Transcript {
    let (transcript, problems) = TranscriptParser(file: file).parse(text)
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    return try #require(transcript)
  }

  static func grade(_ text: String, file: String = "t.txt", keepDetails: Bool = false) throws -> GradedTranscript {
    try grader().grade(try parse(text, file: file), file: file, keepDetails: keepDetails)
  }

  struct NotGraded: Error, CustomStringConvertible {
    let result: Grader.Result
    var description: String { "expected a graded transcript, got \(result)" }
  }

  static func graded(_ result: Grader.Result) throws -> GradedTranscript {
    guard case .graded(let transcript) = result else { throw NotGraded(result: result) }
    return transcript
  }

  /// The header rewritten with the current rubric version, the scenario file's current hash
  /// and the checksum of the turns as they are, so that only a test's own edit raises a flag.
  static func current(_ text: String) throws -> String {
    let transcript = try parse(text)
    let scenario = try BundledScenarios.scenario(transcript.header.scenario)
    let version = try grader().rubric.version
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
      if line.hasPrefix("rubric: ") { return "rubric: \(version)" }
      if line.hasPrefix("scenario-hash: ") { return "scenario-hash: \(scenario.hash)" }
      if line.hasPrefix("turns-sha256: ") { return "turns-sha256: \(transcript.turnsChecksum)" }
      return String(line)
    }
    // The whole-file checksum, recomputed over the rewritten header.
    let unsealed = TranscriptDigest.split(Array(lines.joined(separator: "\n").utf8)).rest
    return TranscriptDigest.sealed(String(decoding: unsealed, as: UTF8.self))
  }

  // MARK: - Re-scoring

  @Test func gradingAFileReScoresEveryReplyWithTheCurrentRubric() throws {
    let graded = try Self.graded(try Self.grader().grade(file: Self.examples + "/" + Self.anaLostPants))
    #expect(graded.trainee == "ana")
    #expect(graded.scenario == "lost-pants")
    #expect(graded.mode == .practice)
    #expect(graded.outcome == .resolved)
    #expect(graded.date == "2026-11-23")
    #expect(graded.turns == 4)
    #expect(graded.score == 100)
    #expect(graded.passed)
    #expect(Label.moves.allSatisfy { graded.made($0) })
    #expect(Label.pitfalls.allSatisfy { graded.count(of: $0) == 0 })
    // Each move is credited to the reply that first made it (kept with the details).
    #expect(graded.details == nil, "a batch row keeps no details")
    let card = try #require(
      try Self.graded(try Self.grader().grade(file: Self.examples + "/" + Self.anaLostPants, keepDetails: true)).details
    ).automatic
    #expect(card.moves[.apologize]?.reply == 1)
    #expect(card.moves[.acknowledge]?.reply == 1)
    #expect(card.moves[.communicate]?.reply == 2)
    #expect(card.moves[.answer]?.reply == 3)
    #expect(graded.automatic == graded.reviewed, "no review: the reviewed card is the automatic one")
    #expect(graded.reviews.isEmpty)
  }

  @Test func theScoreComesFromTheRepliesNotFromWhatTheHeaderClaims() throws {
    // ben's replies under a header that says the session was resolved.
    let ben = try Self.parse(try Self.example(Self.benLostPants))
    let text = Self.chat(scenario: "lost-pants", trainee: "ben", header: ["outcome: resolved"], replies: ben.replies)
    let graded = try Self.grade(text)
    #expect(graded.outcome == .resolved)
    #expect(graded.score == 0)
    #expect(!graded.passed)
    #expect(graded.count(of: .excuse) == 1)
    #expect(graded.count(of: .blame) == 1)
    #expect(!graded.made(.apologize))
  }

  @Test func aHandWrittenChatWithNoOutcomePassesOnItsScoreAlone() throws {
    let text = """
      scenario: broken-glassware
      trainee: sam

      # copied from the chat window on 12 March
      customer: One of the glasses arrived broken.
      trainee: \(Self.goodGlasswareReplies[0])
      customer: ok
      trainee: \(Self.goodGlasswareReplies[1])
        \(Self.goodGlasswareReplies[2])
      customer: fine
      trainee: \(Self.goodGlasswareReplies[3])

      """
    let graded = try Self.grade(text)
    #expect(graded.outcome == nil)
    #expect(graded.turns == 3)
    #expect(graded.score == 100)
    #expect(graded.passed)
    #expect(graded.flags.isEmpty)

    // The same replies in a session that ended with the customer walking out do not pass.
    let walkedOut = try Self.grade(text.replacingOccurrences(of: "trainee: sam\n", with: "trainee: sam\noutcome: walked-out\n"))
    #expect(walkedOut.score == 100)
    #expect(!walkedOut.passed)
  }

  // MARK: - Reviews

  static let benReview = """

    review: maria at 2026-11-24T09:00:00Z
    set: apologize yes (was no)
    set: blame no (was yes)
    comment: He apologised on the phone afterwards, "sorry, truly".

    """

  @Test func aReviewOverridesMovesPitfallsAndTheScoreWhileTheAutomaticVerdictIsKept() throws {
    let graded = try Self.grade(try Self.example(Self.benLostPants) + Self.benReview)
    // The automatic verdicts: communicate only, an excuse and blame.
    #expect(graded.automatic.score == 0)
    #expect(!graded.automatic.made(.apologize))
    #expect(graded.automatic.count(of: .blame) == 1)
    // The reviewed ones: +20 for the apology, the blame forgiven, the excuse still costs 10.
    #expect(graded.made(.apologize))
    #expect(graded.count(of: .blame) == 0)
    #expect(graded.count(of: .excuse) == 1)
    #expect(graded.score == 30)
    let detailed = try Self.grade(try Self.example(Self.benLostPants) + Self.benReview, keepDetails: true)
    #expect(detailed.details?.reviewed.breakdown.contains { $0.reason == "apologize (set by review)" && $0.points == 20 } == true)
    #expect(detailed.details?.automatic.score == 0)
    #expect(!graded.passed)
    #expect(graded.reviews.count == 1)
    let review = try #require(graded.reviews.first)
    #expect(review.reviewer == "maria")
    #expect(review.time == "2026-11-24T09:00:00Z")
    #expect(
      review.changes == [
        TranscriptReview.Change(label: .apologize, value: true, was: false),
        TranscriptReview.Change(label: .blame, value: false, was: true),
      ])
    #expect(review.comment == "He apologised on the phone afterwards, \"sorry, truly\".")
    #expect(graded.reviewSummary == "maria: He apologised on the phone afterwards, \"sorry, truly\".")
    #expect(!graded.flags.contains(.tampered), "a review appended after the turns is not an edit of the turns")
  }

  @Test func theLatestReviewWinsForEachLabelAndEarlierSettingsStand() throws {
    let second = """

      review: lee at 2026-11-25T09:00:00Z
      set: apologize no
      set: answer yes
      comment: Listened to the call: no apology, but he did offer a new lock.

      """
    let graded = try Self.grade(try Self.example(Self.benLostPants) + Self.benReview + second)
    #expect(graded.reviews.map(\.reviewer) == ["maria", "lee"])
    #expect(!graded.made(.apologize), "lee's no overrides maria's yes")
    #expect(graded.made(.answer))
    #expect(graded.count(of: .blame) == 0, "maria's blame=no still stands")
    // communicate 20 + answer 20 − excuse 10.
    #expect(graded.score == 30)
    #expect(graded.automatic.score == 0)
  }

  @Test func aPitfallSetByReviewCostsOnceAndCanFailAGoodSession() throws {
    let review = "\nreview: maria at 2026-11-24T09:00:00Z\nset: rude yes\nset: excuse yes\ncomment: tone\n"
    let graded = try Self.grade(try Self.example(Self.anaLostPants) + review)
    #expect(graded.automatic.score == 100)
    #expect(graded.count(of: .rude) == 1)
    #expect(graded.count(of: .excuse) == 1)
    #expect(graded.automatic.count(of: .rude) == 0)
    #expect(graded.score == 70)
    #expect(!graded.passed)
    #expect(graded.automatic.passed)
  }

  @Test func reviewSessionAppendsAfterTheTurnsAndLeavesTheTraineesLinesByteForByte() throws {
    let folder = try TemporaryFolder()
    // No final line break: the review must still start on a line of its own.
    // Without its final line break, and sealed again as such (the review must still start on a line of its own).
    let trimmed = try Self.example(Self.benLostPants).trimmingCharacters(in: .newlines)
    let original = TranscriptDigest.sealed(String(decoding: TranscriptDigest.split(Array(trimmed.utf8)).rest, as: UTF8.self))
    let file = try folder.write("ben.txt", original)
    let graded = try Self.graded(try Self.grader().grade(file: file, keepDetails: true))
    let session = ReviewSession(graded: graded, reviewer: "maria", clock: { Date(timeIntervalSince1970: 1_795_000_000) })
    #expect(session.automatic(.blame))
    #expect(!session.automatic(.apologize))
    let review = session.review(settings: [(.apologize, true)], comment: "said sorry\non the phone")
    #expect(review.changes == [TranscriptReview.Change(label: .apologize, value: true, was: false)])
    try session.append(review)

    let sealedAfter = try String(contentsOfFile: file, encoding: .utf8)
    #expect(TranscriptDigest.check(Array(sealedAfter.utf8)) == .intact, "the checksum now covers the review")
    func unsealed(_ text: String) -> String { String(decoding: TranscriptDigest.split(Array(text.utf8)).rest, as: UTF8.self) }
    let after = unsealed(sealedAfter)
    #expect(after.hasPrefix(unsealed(original) + "\n"))
    let appended = String(after.dropFirst(unsealed(original).count))
    #expect(appended.hasPrefix("\n\nreview: maria at "))
    #expect(appended.hasSuffix("set: apologize yes (was no)\ncomment: said sorry\n  on the phone\n"))

    let regraded = try Self.graded(try Self.grader().grade(file: file))
    #expect(regraded.reviews.count == 1)
    #expect(regraded.reviews.first?.comment == "said sorry\non the phone")
    #expect(regraded.reviews.first?.time == TranscriptWriter.iso(Date(timeIntervalSince1970: 1_795_000_000)))
    #expect(regraded.made(.apologize))
    #expect(regraded.score == 15, "communicate 20 + apologize 20 − excuse 10 − blame 15")
    #expect(!regraded.flags.contains(.tampered))
    #expect(try Self.parse(sealedAfter).lines == (try Self.parse(original)).lines)
  }

  /// Bug: the review block splits the comment on "\n" Characters, and "\r\n" is a single
  /// Character, so a comment with a CRLF line break is written with an unindented second line
  /// and the transcript can no longer be read (`grade` reports it and leaves it out).
  @Test func aReviewCommentWithACRLFLineBreakKeepsTheTranscriptReadable() throws {
    let folder = try TemporaryFolder()
    let file = try folder.write("ben.txt", try Self.example(Self.benLostPants))
    let session = ReviewSession(graded: try Self.graded(try Self.grader().grade(file: file)), reviewer: "maria")
    try session.append(session.review(settings: [], comment: "line one\r\nline two"))
    let regraded = try Self.graded(try Self.grader().grade(file: file))
    #expect(regraded.reviews.first?.comment == "line one\nline two")
  }

  @Test func anEmptyReviewIsRefusedAndWritesNothing() throws {
    let folder = try TemporaryFolder()
    let original = try Self.example(Self.benLostPants)
    let file = try folder.write("ben.txt", original)
    let graded = try Self.graded(try Self.grader().grade(file: file))
    let session = ReviewSession(graded: graded, reviewer: "maria")
    #expect(throws: ReviewSession.Problem.self) { try session.append(session.review(settings: [], comment: "")) }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == original)
  }

  @Test func reviewSettingsAreReadAsLabelEqualsYesOrNo() throws {
    let apologize = try ReviewSession.setting("Apologize=YES")
    #expect(apologize.0 == .apologize && apologize.1)
    let blame = try ReviewSession.setting("blame=no")
    #expect(blame.0 == .blame && !blame.1)
    for bad in ["apologize", "apologize=maybe", "apologise=yes", "=yes", "sorry=yes"] {
      #expect(throws: ReviewSession.Problem.self, "\(bad)") { try ReviewSession.setting(bad) }
    }
    do {
      _ = try ReviewSession.setting("apologise=yes")
    } catch {
      #expect(String(describing: error).contains("did you mean 'apologize'?"))
      #expect(String(describing: error).contains("apologise=yes"))
    }
  }

  /// Bug: a correct label with a wrong value is answered with "did you mean" the label itself.
  @Test func aBadValueForARealLabelDoesNotSuggestTheSameLabel() throws {
    do {
      _ = try ReviewSession.setting("apologize=maybe")
      Issue.record("apologize=maybe was accepted")
    } catch {
      let message = String(describing: error)
      #expect(message.contains("apologize=maybe"))
      #expect(!message.contains("did you mean 'apologize'?"), "\(message)")
    }
  }

  // MARK: - Flags

  enum Edit: String, CaseIterable, Sendable {
    case rubric, scenarioFile, turn, mood, scenarioID

    func apply(to text: String) -> String {
      switch self {
      case .rubric:
        text.replacingOccurrences(of: #"rubric: [0-9a-f]{16}"#, with: "rubric: 0000000000000000", options: .regularExpression)
      case .scenarioFile:
        text.replacingOccurrences(of: #"scenario-hash: [0-9a-f]{16}"#, with: "scenario-hash: ffffffffffffffff", options: .regularExpression)
      case .turn:
        text.replacingOccurrences(of: "Can you tell me exactly what was taken", with: "Can you tell me what was taken")
      case .mood:
        text.replacingOccurrences(of: "customer [mood 60]:", with: "customer [mood 20]:")
      case .scenarioID:
        text.replacingOccurrences(of: "scenario: lost-pants", with: "scenario: stolen-trousers")
      }
    }

    var flag: GradeFlag {
      switch self {
      case .rubric: .rubricChanged
      case .scenarioFile: .scenarioChanged
      case .turn, .mood: .tampered
      case .scenarioID: .unknownScenario
      }
    }
  }

  @Test(arguments: Edit.allCases)
  func eachChangeSinceTheSessionRaisesItsFlagAndOnlyThatOne(_ edit: Edit) throws {
    let base = try Self.current(try Self.example(Self.anaLostPants))
    #expect(try Self.grade(base).flags.isEmpty)
    let edited = edit.apply(to: base)
    #expect(edited != base)
    let graded = try Self.grade(edited)
    #expect(graded.flags == [edit.flag])
  }

  /// A transcript whose turns were edited after the session is never a pass, whatever its
  /// score: every format says so, and it counts toward no passes.
  @Test func aTamperedTranscriptIsNeverAPass() throws {
    let base = try Self.current(try Self.example(Self.anaLostPants))
    let honest = try Self.grade(base)
    try #require(honest.passed)
    let tampered = try Self.grade(Edit.turn.apply(to: base))
    #expect(tampered.score == honest.score)
    #expect(!tampered.passed)
    let batch = GradeBatch(transcripts: [tampered], errors: [], filesRead: 1)
    #expect(GradeCSV.render(batch).contains(",\(tampered.score),\(tampered.automatic.score),false,"))
    #expect(GradeTable(batch: batch, style: .plain).text.contains(" tampered "))
    #expect(GradeMarkdown.render(batch).contains("| tampered |"))
    #expect(GradeHTML.render(batch, rubric: try Rubric.builtIn()).contains(">tampered</"))
    #expect(batch.trainees.first?.passes == 0)
  }

  @Test func allFlagsTogetherAreListedInOrder() throws {
    var text = try Self.current(try Self.example(Self.anaLostPants))
    for edit in [Edit.turn, .rubric, .scenarioFile] { text = edit.apply(to: text) }
    #expect(try Self.grade(text).flags == [.rubricChanged, .scenarioChanged, .tampered])
  }

  @Test func commentsAndReviewsAreNotTamperingAndAHandWrittenChatHasNoChecksum() throws {
    let base = try Self.current(try Self.example(Self.anaLostPants))
    let commented = base.replacingOccurrences(of: "customer [mood 60]:", with: "# a note from the manager\ncustomer [mood 60]:")
    #expect(try Self.parse(commented).isTampered == false)
    #expect(try Self.parse(base + Self.benReview).isTampered == false)
    let chat = Self.chat(replies: ["I'm so sorry."])
    #expect(try Self.parse(chat).isTampered == nil)
    #expect(try Self.grade(chat).flags.isEmpty)
  }

  @Test func anUnknownScenarioIsStillScoredWithTheRubricAlone() throws {
    let graded = try Self.grade(Self.chat(scenario: "no-such-scenario", replies: ["I'm so sorry, that was our mistake."]))
    #expect(graded.flags == [.unknownScenario])
    #expect(graded.made(.apologize))
    #expect(graded.reviewed.passMark == SessionRules.defaults.passMark)
  }

  // MARK: - Filters

  @Test func theFilterKeepsByTraineeScenarioAndStartDay() {
    let header = TranscriptHeader(scenario: "lost-pants", trainee: "ana", started: "2026-11-23T03:46:05Z")
    #expect(GradeFilter().keeps(header))
    #expect(GradeFilter(trainee: "ana").keeps(header))
    #expect(!GradeFilter(trainee: "ben").keeps(header))
    #expect(!GradeFilter(trainee: "an").keeps(header), "a name matches whole, not by prefix")
    #expect(GradeFilter(scenario: "lost-pants").keeps(header))
    #expect(!GradeFilter(scenario: "broken-glassware").keeps(header))
    #expect(GradeFilter(since: "2026-11-23").keeps(header), "the day itself is included")
    #expect(GradeFilter(since: "2026-11-01").keeps(header))
    #expect(!GradeFilter(since: "2026-11-24").keeps(header))
    #expect(!GradeFilter(since: "2026-11-01").keeps(TranscriptHeader(scenario: "lost-pants", trainee: "ana")))
    #expect(!GradeFilter(trainee: "ana", scenario: "broken-glassware").keeps(header))
  }

  @Test func sinceTakesOnlyACalendarDate() {
    for good in ["2026-11-23", "2026-01-01", "2026-12-31"] { #expect(GradeFilter.isDate(good), "\(good)") }
    for bad in ["2026-13-01", "2026-00-10", "2026-11-32", "2026-1-01", "26-11-23", "yesterday", "2026-11-23T00:00", ""] {
      #expect(!GradeFilter.isDate(bad), "\(bad)")
    }
  }

  @Test func gradingAFileAppliesTheFilterBeforeScoring() throws {
    let grader = try Self.grader()
    let file = Self.examples + "/" + Self.anaBrokenGlassware
    func kept(_ filter: GradeFilter) -> Bool? {
      switch grader.grade(file: file, filter: filter) {
      case .graded: return true
      case .skipped: return false
      case .failed(let problems):
        Issue.record("\(problems.map(\.description))")
        return nil
      }
    }
    #expect(kept(GradeFilter(trainee: "ana")) == true)
    #expect(kept(GradeFilter(trainee: "ben")) == false)
    #expect(kept(GradeFilter(scenario: "broken-glassware")) == true)
    #expect(kept(GradeFilter(scenario: "lost-pants")) == false)
    #expect(kept(GradeFilter(since: "2026-11-23")) == true)
    #expect(kept(GradeFilter(since: "2026-11-24")) == false)
  }

  /// The four example transcripts and a fifth session of ana's, in December.
  static func folderOfFiveSessions() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    for name in [Self.anaLostPants, Self.benLostPants, Self.anaBrokenGlassware, Self.benBrokenGlassware] {
      try folder.write(name, try Self.example(name))
    }
    try folder.write(
      "0-december.txt",
      Self.chat(scenario: "lost-pants", trainee: "ana", header: ["started: 2026-12-01T10:00:00Z"], replies: ["I'm so sorry."]))
    return folder
  }

  @Test func gradeAllKeepsOnlyWhatTheFilterKeepsOldestFirst() throws {
    let folder = try Self.folderOfFiveSessions()
    let grader = try Grader(rubric: try Self.grader().rubric, library: BundledScenarios.library)
    let batch = grader.gradeAll(paths: [folder.url.path], filter: GradeFilter(trainee: "ana", scenario: "lost-pants"))
    #expect(batch.errors.isEmpty)
    #expect(batch.filesRead == 5)
    #expect(batch.transcripts.map { ($0.file as NSString).lastPathComponent } == [Self.anaLostPants, "0-december.txt"])
    #expect(batch.transcripts.map(\.date) == ["2026-11-23", "2026-12-01"])
    #expect(batch.transcripts.map(\.score) == [100, 20])
  }

  // MARK: - Per trainee

  @Test func theTraineeSummaryCountsAttemptsBestLatestAveragePassesAndTheWeakestMove() throws {
    let good = try Self.grade(
      Self.chat(trainee: "cy", header: ["started: 2026-11-01T09:00:00Z", "outcome: resolved"], replies: Self.goodGlasswareReplies),
      file: "c.txt")
    let sorry = try Self.grade(Self.chat(trainee: "cy", header: ["started: 2026-11-05T09:00:00Z"], replies: ["I am so sorry."]), file: "a.txt")
    let heard = try Self.grade(
      Self.chat(
        trainee: "cy", header: ["started: 2026-11-03T09:00:00Z"],
        replies: ["I'm so sorry. Your sister's birthday present arrived with a glass broken, and on your very first order with us. That's really disappointing."]),
      file: "b.txt")
    let scores: [Int] = [good.score, sorry.score, heard.score]
    let passes: [Bool] = [good.passed, sorry.passed, heard.passed]
    #expect(scores == [100, 20, 40])
    #expect(passes == [true, false, false])
    let perfect = try Self.grade(Self.chat(trainee: "dee", replies: Self.goodGlasswareReplies), file: "d.txt")

    let batch = GradeBatch(transcripts: [sorry, perfect, good, heard], errors: [], filesRead: 4)
    let summaries = batch.trainees
    #expect(summaries.map(\.trainee) == ["cy", "dee"])
    let cy = try #require(summaries.first)
    #expect(cy.attempts == 3)
    #expect(cy.best == 100)
    #expect(cy.latest == 20, "the session started last (5 November), not the last file or the last given")
    #expect(abs(cy.average - 160.0 / 3) < 0.001)
    #expect(cy.passes == 1)
    // acknowledge 2/3, communicate 1/3, apologize 3/3, answer 1/3: the tie goes to guide order.
    #expect(cy.moveRates[.apologize] == 1)
    #expect(abs((cy.moveRates[.acknowledge] ?? 0) - 2.0 / 3) < 0.001)
    #expect(cy.weakestMove == .communicate)
    let dee = try #require(summaries.last)
    #expect(dee.attempts == 1 && dee.best == 100 && dee.latest == 100 && dee.passes == 1)
    #expect(dee.weakestMove == nil, "every move made every time")
  }

  // MARK: - A bad file among good ones

  @Test func aMalformedTranscriptIsReportedWithFileAndLineAndTheOthersAreGraded() throws {
    let folder = try TemporaryFolder()
    for name in [Self.anaLostPants, Self.benLostPants] {
      try folder.write(name, try Self.example(name))
    }
    let bad = folder.url.appendingPathComponent("bad.txt").path
    try folder.write(
      "bad.txt", "scenario: broken-glassware\ntrainee: sam\n\ncustomer: One of the glasses arrived broken.\ntraniee: I am so sorry.\n")
    try Data([0x74, 0x72, 0xFF, 0xFE, 0x0A]).write(to: folder.url.appendingPathComponent("binary.txt"))
    try folder.write("notes.md", "not a transcript")
    try FileManager.default.createDirectory(at: folder.url.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
    try folder.write(".hidden/skipped.txt", "garbage")

    let grader = try Grader(rubric: try Self.grader().rubric, library: BundledScenarios.library)
    let batch = grader.gradeAll(paths: [folder.url.path, folder.url.path + "/missing"])
    #expect(batch.transcripts.map(\.trainee) == ["ana", "ben"])
    #expect(batch.transcripts.map(\.score) == [100, 0])
    #expect(batch.filesRead == 4)
    #expect(batch.errors.count == 3, "\(batch.errors.map(\.description))")
    let malformed = try #require(batch.errors.first { $0.file == bad })
    #expect(malformed.line == 5)
    #expect(malformed.message.contains("unknown speaker 'traniee'"))
    #expect(malformed.description.hasPrefix(bad + ":5:"))
    #expect(batch.errors.contains { $0.file.hasSuffix("binary.txt") && $0.message.contains("UTF-8") })
    #expect(batch.errors.contains { $0.file.hasSuffix("/missing") && $0.message.contains("no such file") })
  }

  // MARK: - Streaming

  /// `rebound grade` streams csv, json and markdown a row at a time: the same rows, in the
  /// same order, with the same summaries and problems as grading the batch at once.
  @Test func streamingGivesTheSameReportsAsTheBatch() throws {
    let folder = try Self.folderOfFiveSessions()
    try folder.write("bad.txt", "scenario: broken-glassware\ntrainee: sam\n\ncustomer: Broken.\ntraniee: Sorry.\n")
    try folder.write("no-header.txt", "customer: hello\n")
    let grader = try Self.grader()
    for filter in [GradeFilter(), GradeFilter(trainee: "ana"), GradeFilter(since: "2026-11-30")] {
      let batch = grader.gradeAll(paths: [folder.url.path], filter: filter)
      var rows: [GradedTranscript] = []
      let totals = grader.streamAll(paths: [folder.url.path], filter: filter, chunkSize: 2) { rows.append($0) }
      #expect(rows.map(\.file) == batch.transcripts.map(\.file))
      #expect(rows.map(\.score) == batch.transcripts.map(\.score))
      #expect(totals.graded == batch.transcripts.count)
      #expect(totals.filesRead == batch.filesRead)
      #expect(totals.trainees == batch.trainees)
      #expect(Set(totals.errors.map(\.description)) == Set(batch.errors.map(\.description)))

      func streamed(_ format: some GradeReportStream) -> String {
        var format = format
        return format.begin() + rows.map { format.row($0) }.joined() + format.end(trainees: totals.trainees, errors: batch.errors)
      }
      #expect(streamed(GradeJSON(rubric: grader.rubric)) == GradeJSON.render(batch, rubric: grader.rubric))
      #expect(streamed(GradeCSV()) == GradeCSV.render(batch))
      #expect(streamed(GradeMarkdown()) == GradeMarkdown.render(batch))
    }
  }

  // MARK: - CSV

  @Test func csvFieldsAreQuotedByRFC4180() {
    #expect(GradeCSV.field("ana") == "ana")
    #expect(GradeCSV.field("") == "")
    #expect(GradeCSV.field("a, b") == "\"a, b\"")
    #expect(GradeCSV.field("he said \"sorry\"") == "\"he said \"\"sorry\"\"\"")
    #expect(GradeCSV.field("two\nlines") == "\"two\nlines\"")
    #expect(GradeCSV.field("bare\rreturn") == "\"bare\rreturn\"")
    #expect(GradeCSV.field(" padded ") == "\" padded \"")
  }

  /// Bug: `"\r\n"` is one Character in Swift, equal to neither "\r" nor "\n", so a field
  /// holding a CRLF line break is written unquoted and splits the row.
  @Test func aCSVFieldHoldingACRLFLineBreakIsQuoted() {
    #expect(GradeCSV.field("cr\r\nlf") == "\"cr\r\nlf\"")
  }

  @Test(arguments: ["=1+2", "+1", "-1", "@SUM(A1:A9)", "=HYPERLINK(\"http://x.example\",\"click\")", "\t=1", "\r=1"])
  func csvCellsThatASpreadsheetWouldRunAsAFormulaAreNeutralised(_ text: String) {
    let cell = GradeCSV.field(text)
    let unquoted =
      cell.hasPrefix("\"") ? String(cell.dropFirst().dropLast()).replacingOccurrences(of: "\"\"", with: "\"") : cell
    #expect(unquoted == "'" + text)
  }

  @Test func theCSVReportQuotesAReviewCommentAndNeutralisesAFormulaTrainee() throws {
    let reviewed = try Self.grade(try Self.example(Self.benLostPants) + Self.benReview, file: "reviewed.txt")
    let formula = try Self.grade(Self.chat(trainee: "=cmd", replies: ["I'm so sorry."]), file: "formula.txt")
    let csv = GradeCSV.render(GradeBatch(transcripts: [reviewed, formula], errors: [], filesRead: 2))
    let rows = csv.components(separatedBy: "\r\n")
    #expect(rows.count == 4 && rows.last == "", "three rows, each ended by CRLF")
    #expect(rows[0] == GradeCSV.header.joined(separator: ","))
    #expect(rows[1].hasSuffix(",maria,\"He apologised on the phone afterwards, \"\"sorry, truly\"\".\""))
    #expect(rows[1].hasPrefix("reviewed.txt,ben,lost-pants,2026-11-23,exam,walked-out,30,0,false,false,true,true,false,false,1,0,0,3,"))
    #expect(rows[2].hasPrefix("formula.txt,'=cmd,broken-glassware,"))
  }

  // MARK: - HTML

  @Test func theHTMLReportEscapesEveryPieceOfTranscriptText() throws {
    let text = """
      scenario: broken-glassware
      trainee: sam

      customer: <img src=x onerror=alert(1)> my glass & my "gift"
      trainee: I'm so sorry <script>alert("x")</script> it's broken.
      customer: ok

      review: maria at 2026-11-24T09:00:00Z
      set: answer yes
      comment: </p><script>alert('review')</script>

      """
    let graded = try Self.grade(text, file: "<b>file</b>.txt", keepDetails: true)
    let html = GradeHTML.render(GradeBatch(transcripts: [graded], errors: [], filesRead: 1), rubric: try Self.grader().rubric)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>file"))
    #expect(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
    #expect(html.contains("&lt;img src=x onerror=alert(1)&gt; my glass &amp; my &quot;gift&quot;"))
    #expect(html.contains("&lt;/p&gt;&lt;script&gt;alert(&#39;review&#39;)&lt;/script&gt;"))
    #expect(html.range(of: #"<mark class="[^"]*l-apologize[^"]*" title="[^"]*apologize: "#, options: .regularExpression) != nil)
    #expect(html.contains("<svg"))
  }

  // MARK: - Bugs

  /// Bug: the `started` header is printed into the HTML report unescaped (the date cell, the
  /// transcript's meta line and the chart's tooltips), so a hand-written header injects markup.
  /// A `started` that is not a time is now an error on its line; the error, quoting it, is
  /// still escaped in the HTML report.
  @Test func theStartedHeaderIsEscapedInTheHTMLReport() throws {
    let (transcript, problems) = TranscriptParser(file: "t.txt").parse(Self.chat(header: ["started: <script>x"], replies: ["I'm so sorry."]))
    #expect(transcript == nil)
    #expect(problems.map(\.description) == ["t.txt:3: error: 'started:' must be a time like 2026-11-23T10:00:00Z, not '<script>x'"])
    let html = GradeHTML.render(GradeBatch(transcripts: [], errors: problems, filesRead: 1), rubric: try Self.grader().rubric)
    #expect(!html.contains("<script"))
  }

  /// Bug: the `started` header reaches the terminal unneutralised in `show` and the grade table,
  /// so an escape sequence in it (10 characters are enough to set the window title) is obeyed.
  @Test func theStartedHeaderIsNeutralisedInShowAndTheGradeTable() throws {
    let (transcript, problems) = TranscriptParser(file: "t.txt").parse(
      Self.chat(header: ["started: \u{1B}]0;pwned\u{07}"], replies: ["I'm so sorry."]))
    #expect(transcript == nil, "not a time: an error on its line")
    #expect(problems.map(\.description) == ["t.txt:3: error: 'started:' must be a time like 2026-11-23T10:00:00Z, not '␛]0;pwned␇'"])
    #expect(!problems.map(\.rendered).joined().contains("\u{1B}"))
  }

  /// Bug: the README documents `"review": null` (and `weakest_move: null`), and the issue's
  /// schema lists `mode`, `outcome` and `review` for every transcript, but the encoder leaves
  /// out every key whose value is nil.
  @Test func theJSONReportGivesEveryDocumentedKeyWithNullWhenThereIsNoValue() throws {
    let graded = try Self.grade(Self.chat(replies: ["I'm so sorry."]))
    let json = GradeJSON.render(GradeBatch(transcripts: [graded], errors: [], filesRead: 1), rubric: try Self.grader().rubric)
    let document = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let row = try #require((document["transcripts"] as? [[String: Any]])?.first)
    for key in ["file", "trainee", "scenario", "mode", "outcome", "score", "passed", "moves", "pitfalls", "turns", "review"] {
      #expect(row.keys.contains(key), "transcripts[0] has no '\(key)'")
    }
    #expect(row["review"] is NSNull)
    let trainee = try #require((document["trainees"] as? [[String: Any]])?.first)
    #expect(trainee.keys.contains("weakest_move"))
  }
}
