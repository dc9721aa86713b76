import Foundation
import ReboundKit

// Scores replies drawn from the corpus, over and over, and prints replies per second.
//   swift run -c release ReboundBench [corpus.jsonl …] [--count N] [--runs R] [--no-model]
// Or writes transcripts for the grading benchmark (Benchmarks/grade-bench.sh):
//   swift run -c release ReboundBench --generate-transcripts DIR [--count N]
var files: [String] = []
var count = 100_000
var runs = 5
var generateInto: String?
var withModel = true
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
  switch argument {
  case "--count": count = arguments.popFirst().flatMap(Int.init) ?? count
  case "--runs": runs = arguments.popFirst().flatMap(Int.init) ?? runs
  case "--generate-transcripts": generateInto = arguments.popFirst()
  case "--no-model": withModel = false
  default: files.append(argument)
  }
}
if files.isEmpty { files = ["corpus/dev.jsonl", "corpus/test.jsonl"] }

var texts: [String] = []
for file in files {
  guard let result = try? CorpusReader.read(contentsOf: URL(fileURLWithPath: file)) else {
    FileHandle.standardError.write(Data("cannot read \(file)\n".utf8))
    exit(1)
  }
  texts += result.replies.map(\.text)
}
guard !texts.isEmpty else {
  FileHandle.standardError.write(Data("no replies to score\n".utf8))
  exit(1)
}

if let generateInto {
  do {
    try TranscriptGenerator.generate(into: generateInto, count: count, replies: texts, scenarios: "scenarios")
    print("wrote \(count) transcripts to \(generateInto)")
    exit(0)
  } catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
  }
}

let loadStart = ContinuousClock.now
let scorer: Scorer
do {
  let rubric = try Rubric.builtIn()
  scorer = try Scorer(rubric: withModel ? rubric.with(model: try ModelFile.builtIn()) : rubric)
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
let loadTime = ContinuousClock.now - loadStart
print("rubric load and compile\(withModel ? ", and the learned model's load" : " (rubric alone)"): \(loadTime)")

var rates: [Double] = []
var workspace = Scorer.Workspace()
var labelCount = 0
for run in 1...runs {
  let start = ContinuousClock.now
  for i in 0..<count {
    labelCount &+= scorer.score(texts[i % texts.count], using: &workspace).labels.count
  }
  let elapsed = ContinuousClock.now - start
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  rates.append(Double(count) / seconds)
  print("run \(run): \(count) replies in \(String(format: "%.3f", seconds)) s = \(Int(Double(count) / seconds)) replies/s")
}
let sorted = rates.sorted()
print("median: \(Int(sorted[sorted.count / 2])) replies/s on one core (\(texts.count) distinct replies, checksum \(labelCount))")
