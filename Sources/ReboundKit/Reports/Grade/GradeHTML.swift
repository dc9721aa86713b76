/// `rebound grade --format html`: one self-contained page (inline CSS and SVG, no scripts,
/// fonts or images) with a summary, three charts, and every transcript with each reply's
/// evidence highlighted and the manager's review beside the automatic verdicts.
public enum GradeHTML {
  public static func render(_ batch: GradeBatch, rubric: Rubric) -> String {
    var html = opening(
      transcripts: batch.transcripts.count, trainees: batch.trainees, charts: ChartData(batch.transcripts), rubric: rubric)
    html += rowsTableStart
    for (index, row) in batch.transcripts.enumerated() { html += tableRow(row, anchor: index + 1) }
    html += rowsTableEnd(errors: batch.errors)
    for (index, row) in batch.transcripts.enumerated() { html += article(row, anchor: index + 1, body: articleBody(row)) }
    return html + tail
  }

  /// The page up to the table of rows: the title, the summary per trainee and the charts,
  /// which need only a few numbers a row.
  public static func opening(transcripts: Int, trainees: [TraineeSummary], charts: ChartData, rubric: Rubric) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="en">
      <head>
      <meta charset="utf-8">
      <title>Rebound — graded transcripts</title>
      <style>\(style)</style>
      </head>
      <body>
      <h1>Graded transcripts</h1>
      <p class="meta">\(transcripts) transcript\(transcripts == 1 ? "" : "s"), \
      \(trainees.count) trainee\(trainees.count == 1 ? "" : "s"); rubric \(HTMLText.escape(rubric.version)).</p>

      """
    html += summaryTable(trainees)
    html += "<section class=\"charts\">"
    html += "<figure><figcaption>Score distribution</figcaption>\(SVGCharts.scoreDistribution(charts.scoreBands))</figure>"
    html += "<figure><figcaption>Each move's success rate per trainee</figcaption>\(SVGCharts.moveRates(trainees))</figure>"
    let latest = charts.isTrimmed ? " (each one's latest \(ChartData.latestLimit) sessions)" : ""
    html += "<figure><figcaption>Scores over time per trainee\(latest)</figcaption>\(SVGCharts.scoresOverTime(charts.latestByTrainee))</figure>"
    return html + "</section>\n"
  }

  public static let tail = "</body>\n</html>\n"

  private static func summaryTable(_ trainees: [TraineeSummary]) -> String {
    var html = "<h2>Per trainee</h2><table><thead><tr><th>trainee</th><th>attempts</th><th>best</th><th>latest</th><th>average</th><th>passes</th><th>weakest move</th></tr></thead><tbody>"
    for summary in trainees {
      html += "<tr><td>\(HTMLText.escape(summary.trainee))</td><td>\(summary.attempts)</td><td>\(summary.best)</td><td>\(summary.latest)</td><td>\(GradeColumns.average(summary.average))</td><td>\(summary.passes)</td><td>\(summary.weakestMove?.rawValue ?? "–")</td></tr>"
    }
    return html + "</tbody></table>\n"
  }

  public static let rowsTableStart =
    "<h2>All transcripts</h2><table><thead><tr><th>#</th><th>trainee</th><th>scenario</th><th>date</th><th>mode</th><th>outcome</th><th>score</th><th>pass</th>"
    + Label.moves.map { "<th>\($0.rawValue)</th>" }.joined() + "<th>pitfalls</th><th>notes</th></tr></thead><tbody>"

  /// One row of the table of transcripts, linking to its article.
  public static func tableRow(_ row: GradedTranscript, anchor: Int) -> String {
    var html = "<tr><td><a href=\"#t\(anchor)\">\(anchor)</a></td><td>\(HTMLText.escape(row.trainee))</td><td>\(HTMLText.escape(row.scenario))</td><td>\(HTMLText.escape(row.date))</td><td>\(GradeColumns.mode(row))</td><td>\(GradeColumns.outcome(row))</td><td>\(row.score)</td>"
    html += "<td class=\"\(row.passed ? "pass" : "fail")\">\(GradeColumns.pass(row))</td>"
    html += Label.moves.map { "<td class=\"\(row.made($0) ? "yes" : "no")\">\(GradeColumns.mark(row.made($0)))</td>" }.joined()
    return html + "<td>\(HTMLText.escape(row.pitfallSummary))</td><td>\(HTMLText.escape(GradeColumns.notes(row)))</td></tr>"
  }

  /// The end of the table of transcripts, the problems, and the heading of the articles.
  public static func rowsTableEnd(errors: [SourceDiagnostic]) -> String {
    var html = "</tbody></table>\n"
    if !errors.isEmpty {
      html += "<h2>Problems</h2><ul class=\"problems\">"
      html += errors.map { "<li><code>\(HTMLText.escape($0.description))</code></li>" }.joined()
      html += "</ul>\n"
    }
    return html + "<h2>Transcripts</h2>\n"
  }

  /// One transcript's article around its body; the anchor is its place in the table of rows.
  public static func article(_ row: GradedTranscript, anchor: Int, body: String) -> String {
    articleHeading(row, anchor: anchor) + body
  }

  /// An article's opening tag and heading, for writing before a body rendered elsewhere.
  public static func articleHeading(_ row: GradedTranscript, anchor: Int) -> String {
    "<article id=\"t\(anchor)\"><h3>\(anchor). \(HTMLText.escape(row.trainee)) — \(HTMLText.escape(row.scenario))</h3>"
  }

  /// What an article holds: the turns with their evidence, the verdicts and the reviews. It
  /// reads only the row (with its details), so it is rendered on the core that graded it.
  public static func articleBody(_ row: GradedTranscript) -> String {
    var html = "<p class=\"meta\">\(HTMLText.escape(row.file)) · \(row.date.isEmpty ? "no date" : HTMLText.escape(row.date)) · \(GradeColumns.mode(row)) · outcome \(GradeColumns.outcome(row)) · score <b>\(row.score)</b>/100 · <span class=\"\(row.passed ? "pass" : "fail")\">\(GradeColumns.pass(row))</span></p>"
    for flag in row.flags { html += "<p class=\"flag\">⚠ \(HTMLText.escape(flag.explanation))</p>" }
    html += "<div class=\"columns\"><div class=\"turns\">"
    if let details = row.details {
      var reply = 0
      for line in details.lines {
        if line.speaker == .customer {
          let mood = line.mood.map { " <span class=\"mood\">mood \($0)</span>" } ?? ""
          html += "<p class=\"customer\"><span class=\"who\">customer\(mood)</span>\(HTMLText.escape(line.text))</p>"
        } else {
          let verdict = reply < details.verdicts.count ? details.verdicts[reply] : nil
          reply += 1
          let findings = verdict?.findings ?? []
          // Read once for the highlighting and every quote; one scalar for one, so the
          // findings' spans still count the same scalars.
          let scalars = ScalarText(SafeText.withoutInvisibleControls(line.text))
          html += "<div class=\"trainee\"><span class=\"who\">trainee · reply \(reply)</span><p>\(HTMLText.highlighted(scalars, findings: findings))</p>"
          let extra = verdict.flatMap { ReplyReading($0).offersExtra ? $0.extra : nil }
          if !findings.isEmpty || extra != nil {
            html += "<ul class=\"evidence\">" + findings.map {
              "<li class=\"l-\($0.label.rawValue)\">\($0.label.rawValue): \(HTMLText.escape(EvidenceQuote.line(for: $0, in: scalars)))</li>"
            }.joined()
            if let extra { html += "<li class=\"l-extra\">extra: \(HTMLText.escape(EvidenceQuote.line(for: extra, in: scalars)))</li>" }
            html += "</ul>"
          }
          html += "</div>"
        }
      }
    }
    html += "</div><aside>" + verdictTable(row) + reviewNotes(row) + "</aside></div></article>\n"
    return html
  }

  private static func verdictTable(_ row: GradedTranscript) -> String {
    var html = "<table class=\"verdicts\"><thead><tr><th></th><th>automatic</th><th>reviewed</th></tr></thead><tbody>"
    for move in Label.moves {
      let automatic = row.automatic.made(move), reviewed = row.made(move)
      html += "<tr><td>\(move.rawValue)</td><td>\(GradeColumns.mark(automatic))</td><td class=\"\(automatic == reviewed ? "" : "changed")\">\(GradeColumns.mark(reviewed))</td></tr>"
    }
    for pitfall in Label.pitfalls {
      let automatic = row.automatic.count(of: pitfall), reviewed = row.count(of: pitfall)
      html += "<tr><td>\(pitfall.rawValue)</td><td>\(automatic)</td><td class=\"\(automatic == reviewed ? "" : "changed")\">\(reviewed)</td></tr>"
    }
    html += "<tr><td>score</td><td>\(row.automatic.score)</td><td class=\"\(row.automatic.score == row.score ? "" : "changed")\">\(row.score)</td></tr>"
    return html + "</tbody></table>"
  }

  private static func reviewNotes(_ row: GradedTranscript) -> String {
    guard !row.reviews.isEmpty else { return "<p class=\"meta\">Not reviewed.</p>" }
    return row.reviews.map { review in
      let changes = review.changes.map { "\($0.item.name) → \($0.value ? "yes" : "no")" }.joined(separator: ", ")
      return "<div class=\"review\"><b>Review by \(HTMLText.escape(review.reviewer))</b> <span class=\"meta\">\(HTMLText.escape(review.time))</span><p>\(HTMLText.escape(changes))</p><p>\(HTMLText.escape(review.comment))</p></div>"
    }.joined()
  }

  static let style = """
    body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:72rem;color:#0f172a;padding:0 1rem}
    h1{margin-bottom:.2rem}.meta{color:#475569;font-size:12px}table{border-collapse:collapse;margin:.5rem 0 1.5rem}
    th,td{border-bottom:1px solid #e2e8f0;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f1f5f9}
    .pass,.yes{color:#15803d}.fail,.no{color:#b91c1c}.changed{background:#fef3c7;font-weight:bold}
    .charts{display:flex;flex-wrap:wrap;gap:1.5rem}figure{margin:0}figcaption{font-weight:600;margin-bottom:.3rem}
    article{border-top:2px solid #cbd5e1;padding-top:.5rem;margin-top:1.5rem;page-break-inside:avoid}
    .columns{display:flex;gap:1.5rem}.turns{flex:3}aside{flex:1;min-width:14rem}
    .who{display:block;font-size:11px;color:#64748b;text-transform:uppercase;letter-spacing:.03em}
    .customer{background:#f8fafc;border-left:3px solid #94a3b8;padding:.3rem .6rem}
    .trainee{border-left:3px solid #2563eb;padding:.3rem .6rem;margin:.5rem 0}.trainee p{margin:.2rem 0}
    .mood{text-transform:none}.flag{color:#b45309}.review{background:#fffbeb;padding:.4rem;margin-top:.5rem}
    mark{border-radius:3px;padding:0 1px}mark.l-acknowledge{background:#bbf7d0}mark.l-communicate{background:#a5f3fc}
    mark.l-apologize{background:#bfdbfe}mark.l-answer{background:#e9d5ff}mark.l-excuse{background:#fde68a}
    mark.l-blame,mark.l-rude{background:#fecaca}
    .evidence{display:none;font-size:12px;color:#334155;margin:.2rem 0 0 1rem;padding:0}
    @media print{.evidence{display:block}.charts{page-break-after:always}body{margin:0}}
    """
}
