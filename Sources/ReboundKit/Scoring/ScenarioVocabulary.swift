/// A scenario's own words, which the scorer adds to the rubric's classes: what is at stake
/// (`{item}`), the remedies that fit (`{remedy}`), what counts as something extra
/// (`{extra}`) and how the customer's problem is described (`{problem}`).
public struct ScenarioVocabulary: Sendable, Equatable, Codable {
  public var items: [String]
  public var remedies: [String]
  public var extras: [String]
  public var problems: [String]

  public init(items: [String] = [], remedies: [String] = [], extras: [String] = [], problems: [String] = []) {
    self.items = items
    self.remedies = remedies
    self.extras = extras
    self.problems = problems
  }

  enum CodingKeys: String, CodingKey { case items, remedies, extras, problems }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    items = try container.decodeIfPresent([String].self, forKey: .items) ?? []
    remedies = try container.decodeIfPresent([String].self, forKey: .remedies) ?? []
    extras = try container.decodeIfPresent([String].self, forKey: .extras) ?? []
    problems = try container.decodeIfPresent([String].self, forKey: .problems) ?? []
  }

  var classMembers: [String: [String]] {
    ["item": items, "remedy": remedies, "extra": extras, "problem": problems]
  }
}
