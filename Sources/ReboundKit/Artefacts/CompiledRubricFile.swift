import Crypto
import Foundation

/// A rubric compiled ahead of time, so a start loads it instead of compiling it.
///
/// Layout (all little-endian): the 8 magic bytes `RBNDRUBC`; a `UInt32` format version; a
/// `UInt32` of zero (reserved); the SHA-256 of the rubric file's bytes (32 bytes); the
/// compiler key (32 bytes: zero for the artefact bundled with Rebound, else the payload hash
/// of the bundled artefact of the build that wrote it, so a cache written by another
/// build of the compiler is never read); the SHA-256 of the payload (32 bytes); the
/// payload's length as a `UInt64`; the payload (a `CompiledRubric` through `BinaryWriter`).
enum CompiledRubricFile {
  static let magic = Array("RBNDRUBC".utf8)
  /// Raise whenever the payload's layout or the compiler's output changes.
  static let format: UInt32 = 1
  static let headerSize = 8 + 4 + 4 + 32 + 32 + 32 + 8

  struct Header: Equatable {
    var rubricDigest: [UInt8]
    var compilerKey: [UInt8]
    var payloadDigest: [UInt8]
    var payloadLength: Int
  }

  static func encode(_ compiled: CompiledRubric, rubricDigest: [UInt8], compilerKey: [UInt8]) -> Data {
    var payload = BinaryWriter()
    payload.write(compiled)
    var header = BinaryWriter()
    header.writeBytes(magic)
    header.writeInteger(format)
    header.writeInteger(UInt32(0))
    header.writeBytes(rubricDigest)
    header.writeBytes(compilerKey)
    header.writeBytes(Array(SHA256.hash(data: payload.bytes)))
    header.writeInteger(UInt64(payload.bytes.count))
    return Data(header.bytes + payload.bytes)
  }

  /// The header alone, checked for magic, format and size.
  static func header(of data: Data) throws(ArtefactError) -> Header {
    let header = try header(prefix: data)
    guard header.payloadLength == data.count - headerSize else {
      throw ArtefactError("the payload takes \(data.count - headerSize) bytes, the header says \(header.payloadLength)")
    }
    return header
  }

  /// The header from the file's first `headerSize` bytes, checked for magic and format.
  static func header(prefix data: Data) throws(ArtefactError) -> Header {
    guard data.count >= headerSize else { throw ArtefactError("too short to be a compiled rubric (\(data.count) bytes)") }
    return try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Result<Header, ArtefactError> in
      Result { () throws(ArtefactError) -> Header in
      var reader = BinaryReader(UnsafeRawBufferPointer(rebasing: bytes[..<headerSize]))
      guard try reader.takeBytes(8) == magic else { throw ArtefactError("not a compiled rubric (no RBNDRUBC at its start)") }
      let found = try reader.readInteger(UInt32.self)
      guard found == format else {
        throw ArtefactError("compiled rubric format \(found), this Rebound reads format \(format)")
      }
      _ = try reader.readInteger(UInt32.self)
      let header = Header(
        rubricDigest: try reader.takeBytes(32), compilerKey: try reader.takeBytes(32),
        payloadDigest: try reader.takeBytes(32), payloadLength: Int(clamping: try reader.readInteger(UInt64.self)))
      return header
      }
    }.get()
  }

  /// The compiled rubric in `data`, once its payload matches the hash in its header.
  static func decode(_ data: Data) throws(ArtefactError) -> CompiledRubric {
    let header = try header(of: data)
    return try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Result<CompiledRubric, ArtefactError> in
      Result { () throws(ArtefactError) -> CompiledRubric in
      let payload = UnsafeRawBufferPointer(rebasing: bytes[headerSize...])
      guard Array(SHA256.hash(data: payload)) == header.payloadDigest else {
        throw ArtefactError("the payload does not match the hash in its header: the file is damaged")
      }
      var reader = BinaryReader(payload)
      let compiled = try reader.read(CompiledRubric.self)
      guard reader.isAtEnd else { throw ArtefactError("\(payload.count - reader.offset) bytes are left after the rubric") }
      return compiled
      }
    }.get()
  }
}

extension BinaryReader {
  mutating func takeBytes(_ count: Int) throws(ArtefactError) -> [UInt8] {
    var bytes: [UInt8] = []
    for _ in 0..<count { bytes.append(try readInteger(UInt8.self)) }
    return bytes
  }
}
