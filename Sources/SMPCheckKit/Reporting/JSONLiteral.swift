/// A value the reports write as one of a few fixed strings, its JSON literal (quotes included)
/// taken straight from the binary: every ingredient carries a match kind and a verdict, and
/// checking those words for escapes at every write cost a scan some 70 instructions each.
protocol JSONLiteral {
    var jsonLiteral: StaticString { get }
}

extension Verdict: JSONLiteral {
    var jsonLiteral: StaticString {
        switch self {
        case .avoid: "\"avoid\""
        case .caution: "\"caution\""
        case .ok: "\"ok\""
        case .unknown: "\"unknown\""
        }
    }
}

extension Severity: JSONLiteral {
    /// A severity's words are its verdict's.
    var jsonLiteral: StaticString { Verdict(self).jsonLiteral }
}

extension LexiconMatch.Kind: JSONLiteral {
    var jsonLiteral: StaticString {
        switch self {
        case .exact: "\"exact\""
        case .synonym: "\"synonym\""
        case .pattern: "\"pattern\""
        case .function: "\"function\""
        case .fuzzy: "\"fuzzy\""
        case .none: "\"none\""
        }
    }
}
