/// Where the ~1 % line of a list probably falls. Nothing on a label marks it, so it is estimated:
/// the first ingredient whose legal maximum is 1 % or less (most preservatives), one raising a concern
/// marked so in `concerns.tsv` (fragrance allergens), or a colour index number; failing those, the last third of a list of six or more.
struct TailEstimate: Sendable {
    /// 0-based index of the first ingredient in the tail.
    let start: Int
    /// How many ingredients the list has.
    let count: Int

    /// The estimate for a list of `count` ingredients whose first marker is at `marker`.
    init(count: Int, marker: Int?) {
        let heuristic = count >= 6 ? (2 * count) / 3 : count
        start = min(marker ?? count, heuristic)
        self.count = count
    }

    /// Whether a place is in the upper two thirds of the list, which in a scrub or a peel is where the
    /// exfoliants are, whatever marks the 1 % line.
    func isInUpperTwoThirds(_ index: Int) -> Bool { index * 3 < count * 2 }

    func contains(_ index: Int) -> Bool { index >= start }

    /// Whether a matched ingredient marks the line; worked out once per lexicon match.
    static func isMarker(entries: [Int], concerns: [ConcernID], in lexicon: Lexicon) -> Bool {
        entries.contains { lexicon.entries[$0].marksTail }
            || concerns.contains { lexicon.concerns[$0]?.marksTail == true }
    }

    /// Whether a lookup key is a colour index number.
    static func isColourIndex(key: String) -> Bool { key.utf8.starts(with: "ci ".utf8) }
}
