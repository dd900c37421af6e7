/// The family rules compiled for matching. Every distinct name the lexicon does not list asks every
/// rule, so a name's words are each tested once against all the rules' globs (a table lookup for a
/// plain word, a pass over the few globs with `*`), which gives the rule conditions each word meets;
/// a rule then matches by four mask tests.
///
/// A condition is one rule's `first`, `last` or `none` column, or one `&` group of its `any` column.
struct FamilyRuleIndex: Sendable {
    /// A set of conditions, one bit each: four words spelled out, which the optimizer keeps in
    /// registers (a `SIMD4` went through its generic comparisons).
    struct Conditions: Sendable, Equatable {
        private var a: UInt64 = 0, b: UInt64 = 0, c: UInt64 = 0, d: UInt64 = 0

        fileprivate init() {}

        fileprivate init(_ condition: Int) {
            let bit: UInt64 = 1 << UInt64(condition % 64)
            switch condition / 64 {
            case 0: a = bit
            case 1: b = bit
            case 2: c = bit
            default: d = bit
            }
        }

        fileprivate var isEmpty: Bool { a | b | c | d == 0 }

        fileprivate static func | (x: Conditions, y: Conditions) -> Conditions {
            var union = x
            union.a |= y.a
            union.b |= y.b
            union.c |= y.c
            union.d |= y.d
            return union
        }

        fileprivate static func & (x: Conditions, y: Conditions) -> Conditions {
            var common = x
            common.a &= y.a
            common.b &= y.b
            common.c &= y.c
            common.d &= y.d
            return common
        }

        fileprivate func intersects(_ other: Conditions) -> Bool { !(self & other).isEmpty }
        fileprivate func contains(_ other: Conditions) -> Bool { self & other == other }
    }

    /// How many conditions the rules may have in all (some four per rule); the loader refuses more.
    static let capacity = 4 * 64

    /// One rule's conditions: the first and last word each must meet its own (if the rule has one:
    /// empty when not), the words together must meet all of `any` and none of `none`.
    private struct CompiledRule: Sendable {
        var first = Conditions()
        var last = Conditions()
        var any = Conditions()
        var none = Conditions()

        func matches(first firstWord: Conditions, last lastWord: Conditions, all union: Conditions) -> Bool {
            (first.isEmpty || firstWord.intersects(first)) && (last.isEmpty || lastWord.intersects(last))
                && union.contains(any) && !union.intersects(none)
        }
    }

    private var plainWords = ByteKeyTable<Conditions>()
    /// The globs with `*` and each one's conditions, in two arrays read through buffers (an array
    /// of tuples copied each glob through the runtime).
    private var patterns: [WordGlob] = []
    private var patternConditions: [Conditions] = []
    /// Indices of `patterns` a word may match: by the byte the pattern makes a word end with
    /// (`*sulfate`, most of them), else by the byte it makes it start with (`peg-*`), else at the
    /// last slot (`*phenylenediamine*`). A word is tried against three short lists, not every glob.
    private var candidates = [[Int]](repeating: [], count: 2 * 256 + 1)
    private var compiled: [CompiledRule] = []

    /// The number of conditions `rules` need, to check against `capacity` before building.
    static func conditionCount(_ rules: [FamilyRule]) -> Int {
        rules.reduce(0) { count, rule in
            count + rule.any.count + [rule.first, rule.last, rule.none].count { !$0.isEmpty }
        }
    }

    init(_ rules: [FamilyRule]) {
        precondition(
            Self.conditionCount(rules) <= Self.capacity, "the loader checks the rules' conditions against capacity")
        var next = 0
        func condition(_ globs: [WordGlob]) -> Conditions {
            let condition = Conditions(next)
            next += 1
            for glob in globs { register(glob, condition) }
            return condition
        }
        for rule in rules {
            var compiled = CompiledRule()
            if !rule.first.isEmpty { compiled.first = condition(rule.first) }
            if !rule.last.isEmpty { compiled.last = condition(rule.last) }
            for group in rule.any { compiled.any = compiled.any | condition(group) }
            if !rule.none.isEmpty { compiled.none = condition(rule.none) }
            self.compiled.append(compiled)
        }
    }

    private mutating func register(_ glob: WordGlob, _ condition: Conditions) {
        guard let word = glob.literal else {
            let slot = glob.lastByte.map(Int.init) ?? glob.firstByte.map { 256 + Int($0) } ?? 2 * 256
            candidates[slot].append(patterns.count)
            patterns.append(glob)
            patternConditions.append(condition)
            return
        }
        plainWords.update((plainWords[word] ?? Conditions()) | condition, for: word)
    }

    /// The index of the first rule the words of a name (lower-cased, brackets removed, words
    /// separated by spaces) satisfy. The words are walked in place: splitting them into an array
    /// cost more than matching them.
    func firstMatch(_ name: String) -> Int? {
        let bytes = Array(name.utf8)
        var first: Conditions?
        var last = Conditions()
        var union = Conditions()
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x20) ?? bytes.count
            if end > start {
                last = conditions(of: bytes[start..<end])
                if first == nil { first = last }
                union = union | last
            }
            start = end + 1
        }
        guard let first else { return nil }
        return compiled.withUnsafeBufferPointer { rules in
            rules.indices.first { rules[$0].matches(first: first, last: last, all: union) }
        }
    }

    private func conditions(of word: ArraySlice<UInt8>) -> Conditions {
        var met = plainWords[word] ?? Conditions()
        guard let first = word.first, let last = word.last else { return met }
        let present = ByteClass.presenceMask(word)
        patterns.withUnsafeBufferPointer { patterns in
            func tryPatterns(at slot: Int) {
                for index in candidates[slot]
                where patterns[index].requiredBytes & ~present == 0 && patterns[index].matches(word) {
                    met = met | patternConditions[index]
                }
            }
            tryPatterns(at: Int(last))
            tryPatterns(at: 256 + Int(first))
            tryPatterns(at: 2 * 256)
        }
        return met
    }
}
