import Foundation
@testable import ReboundKit
import Testing

/// A manager can set something extra by hand, like any label, and the grade follows.
@Suite struct ReviewExtraTests {
  static let replies = [
    "I'm so sorry. Your sister's present arrived with a glass broken. That's really disappointing.",
    "I'll send a new glass today by express, so you'll have it on Friday.",
  ]

  static func reviewed(_ review: String) throws -> GradedTranscript {
    try GraderTests.grade(GraderTests.chat(replies: Self.replies) + "\n" + review)
  }

  @Test func extraSetByReviewCountsOnceWithItsSource() throws {
    let plain = try GraderTests.grade(GraderTests.chat(replies: Self.replies))
    #expect(!plain.automatic.offeredExtra)
    let graded = try Self.reviewed("review: maria at 2026-12-01T10:00:00Z\nset: extra yes (was no)\ncomment: offered a voucher on the phone\n")
    #expect(graded.reviewed.offeredExtra)
    #expect(graded.reviewed.score == plain.automatic.score + Scorecard.Points.extra)
  }

  @Test func extraSetToNoByReviewCostsItsPoints() throws {
    let text = GraderTests.chat(replies: Self.replies + ["And your sister gets a 40 dollar gift card from us."])
    let offered = try GraderTests.grade(text)
    #expect(offered.automatic.offeredExtra)
    let graded = try GraderTests.grade(text + "\nreview: maria at 2026-12-01T10:00:00Z\nset: extra no (was yes)\ncomment: not offered\n")
    #expect(!graded.reviewed.offeredExtra)
    #expect(graded.reviewed.score == offered.automatic.score - Scorecard.Points.extra)
  }

  @Test func extraIsReadFromAReviewSettingAndAMisspellingIsNamed() throws {
    let setting = try ReviewSession.setting("Extra=yes")
    #expect(setting.0 == .extra && setting.1)
    #expect(throws: ReviewSession.Problem.self) { try ReviewSession.setting("extras=yes") }
    do {
      _ = try ReviewSession.setting("extras=yes")
    } catch {
      #expect(error.description.contains("did you mean 'extra'"))
    }
  }

  @Test func theReviewBlockWritesExtraByName() {
    let review = TranscriptReview(
      reviewer: "maria", time: "2026-12-01T10:00:00Z", changes: [TranscriptReview.Change(item: .extra, value: true, was: false)],
      comment: "ok")
    #expect(TranscriptFormat.reviewText(review).contains("set: extra yes (was no)\n"))
  }
}
