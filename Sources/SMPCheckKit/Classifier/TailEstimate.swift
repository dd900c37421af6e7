/// Where the ~1 % line of a list probably falls. Nothing on a label marks it, so it is estimated:
/// the first ingredient whose legal maximum is 1 % or less (most preservatives), a named fragrance
/// allergen, or a colour index number; failing those, the last third of a list of six or more.
struct TailEstimate: Sendable {
    /// 0-based index of the first ingredient in the tail.
    let start: Int
    /// Whether the line came from a marker ingredient rather than the position heuristic.
    let fromMarker: Bool

    init(matches: [LexiconMatch], keys: [String], lexicon: Lexicon) {
        let count = matches.count
        let marker = matches.indices.first { index in
            let match = matches[index]
            return match.entries.contains { lexicon.entries[$0].marksTail }
                || match.concerns.contains(ConcernID("fragrance-allergen"))
                || keys[index].utf8.starts(with: "ci ".utf8)
        }
        let heuristic = count >= 6 ? (2 * count) / 3 : count
        start = min(marker ?? count, heuristic)
        fromMarker = marker.map { $0 <= heuristic } ?? false
    }

    func contains(_ index: Int) -> Bool { index >= start }
}
