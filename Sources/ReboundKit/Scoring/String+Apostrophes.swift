extension String {
  func replacingCurlyApostrophes() -> String {
    String(map { "’‘`´".contains($0) ? "'" : $0 })
  }
}
