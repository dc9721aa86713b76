import Foundation
@testable import ReboundKit
import Testing

@Suite struct ModelFileTests {
  static let small = FeatureSet(
    extractorVersion: 1, wordBuckets: 4, wordNgrams: 2, charBuckets: 4, charNgramsFrom: 2, charNgramsTo: 3,
    ruleBuckets: 2, ruleScale: 0.5)

  static func bytes() -> Data {
    let rows = (0..<small.dimension).map { index in SIMD8<Float>((0..<8).map { Float(index * 8 + $0) / 100 }) }
    return ModelFile.encode(
      featureSet: small, rows: rows, biases: SIMD8(repeating: -1), training: .standard, rubric: "0123456789abcdef")
  }

  @Test func readsBackWhatItWrote() throws {
    let model = try ModelFile.decode(Self.bytes(), name: "m.bin")
    #expect(model.featureSet == Self.small)
    #expect(model.rows.count == Self.small.dimension)
    // Weights are kept as bfloat16: the nearest of those to what was written.
    #expect(model.weight(3, .apologize) == BFloat16.float(BFloat16.bits(Float(3 * 8 + 2) / 100)))
    #expect(abs(model.weight(3, .apologize) - 0.26) < 0.001)
    #expect(model.idf(5) == BFloat16.float(BFloat16.bits(Float(5 * 8 + 7) / 100)))
    #expect(model.bias(.rude) == -1)
    #expect(model.header.rubric == "0123456789abcdef")
    #expect(model.version.count == 16)
    #expect(Self.bytes() == Self.bytes())
  }

  @Test(arguments: [(Float(1), UInt16(0x3F80)), (-2.5, 0xC020), (0.1, 0x3DCD), (0, 0)])
  func bfloat16RoundsToTheNearest(_ value: Float, _ bits: UInt16) {
    #expect(BFloat16.bits(value) == bits)
    #expect(abs(BFloat16.float(bits) - value) <= abs(value) / 128)
  }

  @Test func aChangedWeightIsCaught() {
    var data = Self.bytes()
    data[data.count - 5] ^= 0x01
    let error = #expect(throws: ModelError.self) { try ModelFile.decode(data, name: "m.bin") }
    #expect(error?.description == "m.bin: error: the weights do not match the hash in the header: the file is damaged or was edited")
  }

  @Test func notAModelFile() {
    let error = #expect(throws: ModelError.self) { try ModelFile.decode(Data("hello, I am a text file".utf8), name: "x.txt") }
    #expect(error?.description == "x.txt: error: not a Rebound model file (it does not start with RBNDMODL); make one with `rebound train`")
  }

  @Test func aCutOffFileSaysHowMuchIsMissing() {
    let data = Self.bytes().dropLast(16)
    let error = #expect(throws: ModelError.self) { try ModelFile.decode(Data(data), name: "m.bin") }
    #expect(error?.message == "the weights take \(32 + 9 * 16) bytes, expected \(32 + 10 * 16) for 10 features and 0 concept heads")
  }

  @Test func anUnknownFormatIsRefused() {
    var data = Self.bytes()
    data[8] = 99
    let error = #expect(throws: ModelError.self) { try ModelFile.decode(data, name: "m.bin") }
    #expect(error?.message == "model format 99 is not one this Rebound reads (it reads format 3); retrain it with `rebound train`")
  }

  @Test func theBuiltInModelLoadsAndNamesTheRubricItWasTrainedOver() throws {
    let model = try #require(try ModelFile.builtIn())
    #expect(model.featureSet == .standard)
    #expect(model.header.rubric == (try Rubric.builtIn()).version)
  }
}

@Suite struct ModelFileRefusalTests {
  static func bytes(_ change: (inout FeatureSet) -> Void = { _ in }, rows: [SIMD8<Float>]? = nil) -> Data {
    var set = ModelFileTests.small
    change(&set)
    let rows = rows ?? Array(repeating: SIMD8<Float>(repeating: 0.5), count: set.dimension)
    return ModelFile.encode(featureSet: set, rows: rows, biases: SIMD8(repeating: -1), training: .standard, rubric: "r")
  }

  @Test func aModelOfAnotherExtractorVersionIsRefused() {
    let data = Self.bytes { $0.extractorVersion = 7 }
    let error = #expect(throws: ModelError.self) { try ModelFile.decode(data, name: "m.bin") }
    #expect(error?.message == "features: extractor_version 7 is not this Rebound's (1); retrain the model with `rebound train`")
  }

  @Test func weightsThatAreNotNumbersAreRefused() {
    var rows = Array(repeating: SIMD8<Float>(repeating: 0.5), count: ModelFileTests.small.dimension)
    rows[2][3] = .nan
    let error = #expect(throws: ModelError.self) { try ModelFile.decode(Self.bytes(rows: rows), name: "m.bin") }
    #expect(error?.message == "the weights hold values that are not numbers (NaN or infinity)")
  }

  @Test func aSliceOfAFileReadsAsTheFile() throws {
    let padded = Data([1, 2, 3]) + Self.bytes()
    let model = try ModelFile.decode(padded[3...], name: "m.bin")
    #expect(model.featureSet == ModelFileTests.small)
  }
}
