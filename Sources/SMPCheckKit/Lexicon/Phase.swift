/// Where a scalp is in its healing after an SMP session.
public enum Phase: String, Sendable, Codable, CaseIterable {
    /// Days 0–2: nothing on the scalp but what the artist gave.
    case fresh
    /// Days 3–14: gentle washing resumes; scabs form and fall.
    case healing
    /// Days 15–42: the skin has closed and the pigment is settling.
    case settling
    /// Day 43 on: long-term care.
    case healed

    /// The phase for a number of days since the last session.
    public init(daysSinceSession days: Int) {
        switch days {
        case ..<3: self = .fresh
        case 3...14: self = .healing
        case 15...42: self = .settling
        default: self = .healed
        }
    }

    /// Plain words for reports.
    public var summary: String {
        switch self {
        case .fresh: "the first 48 hours after your session"
        case .healing: "healing (days 3 to 14)"
        case .settling: "pigment settling (weeks 3 to 6)"
        case .healed: "healed (after about 6 weeks)"
        }
    }
}
