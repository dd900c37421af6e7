/// How much an ingredient matters for the chosen phase, from harmless to keep-away.
public enum Severity: String, Sendable, Codable, Comparable, CaseIterable {
    case ok
    case caution
    case avoid

    private var rank: Int {
        switch self {
        case .ok: 0
        case .caution: 1
        case .avoid: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
