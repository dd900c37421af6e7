/// The result of checking one product: the shape of the JSON contract (schema version 1),
/// plus fields the contract allows to be added.
public struct Report: Sendable, Equatable, Codable {
    public var schemaVersion = 1
    /// Where the label came from: a path, a URL, `stdin`, a record number.
    public var source: String
    public var phase: Phase
    public var listFound: Bool
    public var verdict: Verdict
    public var ingredients: [ClassifiedIngredient]
    public var findings: [Finding]
    public var coverage: Coverage
    /// The heading the list was found under, as printed.
    public var heading: String?
    /// Which part of the input held the list: `text`, `page`, `json-ld`, `itemprop=ingredients`,
    /// or the element whose attributes named it (`element id="ingredients"`).
    public var listSource: String?
    /// Per-component verdicts of a multi-product kit; empty for a single product.
    public var components: [ComponentVerdict]
    /// Text in the panel that was read and deliberately not treated as ingredients.
    public var skipped: [SkippedText]
    /// Only highlights were found (`Key ingredients: ...`, a short list of common names), not the full
    /// declaration: `listFound` is false and the verdict `unknown`, but what the highlights flag is
    /// reported.
    public var highlightsOnly = false
    /// The product's name, as the caller or the page gave it.
    public var productName: String?
    /// What the product's name shows it to be, when that changes how its list reads: `exfoliating`.
    public var productType: String?
    /// The product at each stage of healing (days 0–14, 15–42, 43 on), worked out by the same rules as
    /// the verdict; empty when no list was found.
    public var stages: [HealingStage] = []
    /// Days since the session, when the caller gave them (`--days`): reports then say how many remain.
    public var daysSinceSession: Int?
    /// What was repaired in the input before it was read (control characters, broken bytes); nil when nothing.
    public var repairs: TextRepairs?
    /// The database record the list came from, for a barcode; nil for a label or page in hand.
    public var product: ProductRecord?
    /// How the list was read from a photo; nil for a label given as text or a page.
    public var ocr: PhotoReading?
    /// The items of the person's avoid list that were looked for and not found; nil when no list was given.
    public var personalNotFound: [String]?

    /// The first day since the session on which the verdict is `ok`; nil when that never happens, or
    /// when no full list was read.
    public var usableFromDay: Int? {
        guard listFound else { return nil }
        return stages.first { $0.verdict == .ok }?.fromDay
    }

    /// The first day since the session with no `avoid` finding; nil when that never happens, or when no
    /// full list was read.
    public var noAvoidFromDay: Int? {
        guard listFound else { return nil }
        return stages.first { $0.avoid.isEmpty }?.fromDay
    }

    /// How much of the list the lexicon recognized.
    public struct Coverage: Sendable, Equatable, Codable {
        public var recognized: Int
        public var total: Int
        public var unknown: Int { total - recognized }

        enum CodingKeys: String, CodingKey { case recognized, total, unknown }

        public init(recognized: Int, total: Int) {
            self.recognized = recognized
            self.total = total
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            recognized = try container.decode(Int.self, forKey: .recognized)
            total = try container.decode(Int.self, forKey: .total)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(recognized, forKey: .recognized)
            try container.encode(total, forKey: .total)
            try container.encode(unknown, forKey: .unknown)
        }
    }

    /// One component of a kit (`Jelly Cleanser`, `Day Serum`) and its own verdict.
    public struct ComponentVerdict: Sendable, Equatable, Codable {
        public var section: String
        public var verdict: Verdict
    }

    /// Each concern raised, once, in the order of the findings. A report has a few findings, so a
    /// linear check for repeats beats building a set.
    var concernsRaised: [ConcernID] {
        var concerns: [ConcernID] = []
        for index in findings.indices where !concerns.contains(findings[index].concern) {
            concerns.append(findings[index].concern)
        }
        return concerns
    }

    /// The exit status of the contract: 0 nothing flagged, 1 something flagged, 2 no list found.
    public var exitStatus: Int32 {
        switch verdict {
        case .ok: 0
        case .avoid, .caution: 1
        case .unknown: 2
        }
    }
}
