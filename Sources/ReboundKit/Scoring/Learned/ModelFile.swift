public import Foundation
import Crypto

/// Reads and writes a model file.
///
/// Layout (all little-endian): the 8 magic bytes `RBNDMODL`; a `UInt32` format version; a
/// `UInt32` length *h*; *h* bytes of the header as JSON (sorted keys); zero padding to a
/// multiple of 16 bytes; 8 biases as `Float32` (the seven labels' and one unused); then for
/// each feature index its 8 lanes as bfloat16 (seven label weights, then the idf); then, for
/// each of the header's `concepts` (only `extra`), its bias as `Float32`, 12 zero bytes, and
/// one bfloat16 weight per feature index. The header's `sha256` covers exactly the biases,
/// lanes and concept heads, and is checked on every load.
public enum ModelFile {
  static let magic = Array("RBNDMODL".utf8)

  /// Reads a model; `name` is how errors refer to the file.
  public static func read(contentsOf url: URL, displayName name: String? = nil) throws(ModelError) -> LinearModel {
    let name = name ?? url.path
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw ModelError(file: name, message: "cannot read the model file (\(error.localizedDescription))")
    }
    return try decode(data, name: name)
  }

  /// The model bundled with Rebound, or nil when the bundle has none.
  public static func builtIn() throws(ModelError) -> LinearModel? {
    guard let url = Bundle.module.url(forResource: "model", withExtension: "bin") else { return nil }
    return try read(contentsOf: url, displayName: "built-in model.bin")
  }

  /// Reads a model from its bytes; `name` is how errors refer to it.
  public static func decode(_ data: Data, name: String) throws(ModelError) -> LinearModel {
    let data = Data(data)  // indices from 0, whatever slice was given
    func fail(_ message: String) -> ModelError { ModelError(file: name, message: message) }
    guard data.count >= 16, Array(data.prefix(8)) == magic else {
      throw fail("not a Rebound model file (it does not start with RBNDMODL); make one with `rebound train`")
    }
    let format = data.littleEndianUInt32(at: 8)
    guard format == UInt32(ModelHeader.currentFormat) else {
      throw fail("model format \(format) is not one this Rebound reads (it reads format \(ModelHeader.currentFormat)); retrain it with `rebound train`")
    }
    let headerLength = Int(data.littleEndianUInt32(at: 12))
    guard headerLength > 0, 16 + headerLength <= data.count else { throw fail("the header is cut off") }
    let header: ModelHeader
    do {
      header = try JSONDecoder().decode(ModelHeader.self, from: data.subdata(in: 16..<(16 + headerLength)))
    } catch {
      throw fail("the header is not valid (\(error))")
    }
    guard header.kind == ModelHeader.modelKind else { throw fail("a model of kind '\(header.kind)', expected '\(ModelHeader.modelKind)'") }
    guard header.labels == Label.allCases.map(\.rawValue) else {
      throw fail("its labels are \(header.labels.joined(separator: ", ")), expected \(Label.validNames)")
    }
    guard header.concepts.allSatisfy({ $0 == ModelHeader.extraConcept }), header.concepts.count <= 1 else {
      throw fail("its concepts are \(header.concepts.joined(separator: ", ")), expected none or \(ModelHeader.extraConcept)")
    }
    if let problem = header.featureSet.problem { throw fail("features: \(problem)") }
    let start = paddedLength(16 + headerLength)
    let dimension = header.featureSet.dimension
    let rowsEnd = start + 32 + dimension * 16
    let expected = rowsEnd + header.concepts.count * (16 + dimension * 2)
    guard data.count == expected else {
      throw fail("the weights take \(data.count - start) bytes, expected \(expected - start) for \(dimension) features and \(header.concepts.count) concept heads")
    }
    let weights = data.subdata(in: start..<rowsEnd)
    let conceptBytes = data.subdata(in: rowsEnd..<expected)
    guard hexSHA256(data.subdata(in: start..<expected)) == header.sha256 else {
      throw fail("the weights do not match the hash in the header: the file is damaged or was edited")
    }
    var biases = SIMD8<Float>()
    for k in 0..<8 { biases[k] = Float(bitPattern: weights.littleEndianUInt32(at: 4 * k)) }
    var rows = [SIMD8<UInt16>](repeating: SIMD8(), count: dimension)
    rows.withUnsafeMutableBytes { target in
      weights.withUnsafeBytes { source in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[32...])) }
    }
    #if _endian(big)
    rows = rows.map { $0.byteSwapped }
    #endif
    var extra: ConceptHead?
    if !header.concepts.isEmpty {
      let bias = Float(bitPattern: conceptBytes.littleEndianUInt32(at: 0))
      var weights = [UInt16](repeating: 0, count: dimension)
      weights.withUnsafeMutableBytes { target in
        conceptBytes.withUnsafeBytes { source in target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[16...])) }
      }
      #if _endian(big)
      weights = weights.map { $0.byteSwapped }
      #endif
      extra = ConceptHead(bias: bias, weights: weights)
    }
    let finite = (0..<7).allSatisfy { biases[$0].isFinite } && rows.allSatisfy { row in (0..<8).allSatisfy { BFloat16.float(row[$0]).isFinite } }
      && (extra.map { head in head.bias.isFinite && head.weights.allSatisfy { BFloat16.float($0).isFinite } } ?? true)
    guard finite else { throw fail("the weights hold values that are not numbers (NaN or infinity)") }
    return LinearModel(featureSet: header.featureSet, rows: rows, biases: biases, extra: extra, header: header)
  }

  /// The file's bytes for trained weights; the header's hash is filled in here.
  /// - Parameter extra: the extra head's bias and weights, when it was trained.
  static func encode(
    featureSet: FeatureSet, rows: [SIMD8<Float>], biases: SIMD8<Float>, extra: (bias: Float, weights: [Float])? = nil,
    training: TrainingSettings, rubric: String
  ) -> Data {
    var weights = Data()
    weights.reserveCapacity(32 + rows.count * 16 + (extra == nil ? 0 : 16 + rows.count * 2))
    func append(_ value: Float) {
      let bits = BFloat16.bits(value)
      weights.append(UInt8(truncatingIfNeeded: bits))
      weights.append(UInt8(truncatingIfNeeded: bits >> 8))
    }
    for k in 0..<8 { weights.appendLittleEndian(biases[k].bitPattern) }
    for row in rows {
      for k in 0..<8 { append(row[k]) }
    }
    if let extra {
      weights.appendLittleEndian(extra.bias.bitPattern)
      weights.append(Data(count: 12))
      for value in extra.weights { append(value) }
    }
    let header = ModelHeader(
      format: ModelHeader.currentFormat, kind: ModelHeader.modelKind, featureSet: featureSet,
      labels: Label.allCases.map(\.rawValue), concepts: extra == nil ? [] : [ModelHeader.extraConcept],
      training: training, rubric: rubric, sha256: hexSHA256(weights))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = (try? encoder.encode(header)) ?? Data()
    var file = Data(magic)
    file.appendLittleEndian(UInt32(ModelHeader.currentFormat))
    file.appendLittleEndian(UInt32(json.count))
    file.append(json)
    file.append(Data(count: paddedLength(file.count) - file.count))
    file.append(weights)
    return file
  }

  static func paddedLength(_ length: Int) -> Int { (length + 15) / 16 * 16 }

  public static func hexSHA256(_ data: Data) -> String {
    Hex.string(SHA256.hash(data: data))
  }
}

/// A model file that cannot be used, with the file named.
public struct ModelError: Error, Equatable, CustomStringConvertible, LocalizedError {
  public var file: String
  public var message: String

  public var description: String { "\(file): error: \(message)" }
  public var errorDescription: String? { description }
}

extension Data {
  func littleEndianUInt32(at offset: Int) -> UInt32 {
    var value: UInt32 = 0
    for k in 0..<4 { value |= UInt32(self[startIndex + offset + k]) << (8 * k) }
    return value
  }

  mutating func appendLittleEndian(_ value: UInt32) {
    for k in 0..<4 { append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
  }
}
