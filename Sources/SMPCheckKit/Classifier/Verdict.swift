/// The answer for one ingredient or one product.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case avoid
    case caution
    case ok
    /// For an ingredient: found nowhere in the lexicon. For a product: no ingredient list was found.
    case unknown

    init(_ severity: Severity) {
        switch severity {
        case .avoid: self = .avoid
        case .caution: self = .caution
        case .ok: self = .ok
        }
    }
}
