import Foundation
import Crypto

/// The labelled replies a model is trained on, read from one or more corpus files, with
/// what each file was (its hash, size and weight) for the model's manifest.
public struct TrainingCorpus: Sendable {
  public struct Source: Sendable, Equatable, Codable {
    public var file: String
    public var sha256: String
    public var replies: Int
    public var weight: Double
  }

  public var examples: [ModelTrainer.Example]
  public var sources: [Source]
  /// Every line that could not be read, by `FILE:LINE`; training refuses to start while any remain.
  public var problems: [LineDiagnostic]

  /// Reads every file; a file named `PATH=W` counts each of its replies `W` times.
  public static func read(_ files: [CorpusFile], texts: ReplyTexts?) -> TrainingCorpus {
    var corpus = TrainingCorpus(examples: [], sources: [], problems: [])
    for file in files {
      do {
        // Read once: the same bytes are hashed for the manifest and parsed.
        let data = try LineDiagnostic.contents(of: URL(fileURLWithPath: file.path), name: file.path)
        let result = try CorpusReader.parse(data, file: file.path, texts: texts)
        corpus.problems += result.problems
        corpus.examples += result.replies.map { ModelTrainer.Example(reply: $0, weight: file.weight) }
        corpus.sources.append(
          Source(file: file.path, sha256: ModelFile.hexSHA256(data), replies: result.replies.count, weight: file.weight))
      } catch {
        corpus.problems.append(error)
      }
    }
    return corpus
  }

  /// How many replies carry each label.
  public var labelCounts: [String: Int] {
    var counts = Dictionary(uniqueKeysWithValues: Label.allCases.map { ($0.rawValue, 0) })
    for example in examples { for label in example.reply.labels { counts[label.rawValue, default: 0] += 1 } }
    return counts
  }
}

/// A corpus file given to `rebound train`, with the weight of its replies.
public struct CorpusFile: Sendable, Equatable {
  public var path: String
  public var weight: Double

  public init(path: String, weight: Double = 1) {
    self.path = path
    self.weight = weight
  }

  /// Reads `PATH` or `PATH=W` (W a positive number).
  public init?(argument: String) {
    if let equals = argument.lastIndex(of: "="), let weight = Double(argument[argument.index(after: equals)...]) {
      guard weight > 0, weight.isFinite else { return nil }
      self.init(path: String(argument[..<equals]), weight: weight)
    } else {
      self.init(path: argument)
    }
  }
}
