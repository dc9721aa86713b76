import ReboundKit
import Testing

@Suite struct ReadlineLibraryTests {
  /// The system-library target links GNU readline: its version reads as "major.minor".
  @Test func theLinkedReadlineReportsItsVersion() {
    let parts = ReadlineLibrary.version.split(separator: ".")
    #expect(parts.count >= 2, "\(ReadlineLibrary.version)")
    #expect(parts.allSatisfy { Int($0) != nil }, "\(ReadlineLibrary.version)")
  }
}
