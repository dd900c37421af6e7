/// Finds the ingredient declaration inside the text of a label or page.
///
/// Headings in many languages open candidate panels; terminators (directions, warnings, page chrome),
/// the next heading or a paragraph break close them. The most list-like full declaration wins; a
/// text with no heading is read as a list only when it looks like one.
struct ListLocator: Sendable {
    let phrases: LabelPhrases

    private struct Candidate {
        var heading: PhraseMatcher.Hit
        var range: Range<Int>
        var shape: ListShape
        /// Under a heading run into a line of page text, which asks for a longer list (see `isRunInHeading`).
        var runIn: Bool

        var isUsable: Bool { shape.isListWithHeading && (!runIn || shape.items >= Self.runInMinimumItems) }

        /// `Boots Ingredients Retinol Eye Cream 15ml` is a product line's name, not a declaration.
        private static let runInMinimumItems = 3
    }

    /// Candidate panels, best first: full declarations under a heading (most items first, drug-facts
    /// actives merged in), then partial lists under a heading, then the text read as a bare list, then
    /// text that may be a list of names run together, under a heading or bare.
    /// The checker takes the first candidate whose tokens hold up as a real list.
    ///
    /// `structure` is what `LabelPhrases.structureMatcher` found in the whole text. A claim found there
    /// is longer than the terminator it starts with (`Contains no parabens` against `Contains`), and
    /// the panel goes on past it: the tokenizer sets the claim aside.
    func candidates(in text: [UInt8], structure: [PhraseMatcher.Hit]) -> some Sequence<Panel> {
        let hits = structure.filter { LabelPhrases.panelKinds.contains($0.kind) }
        let headings = hits.compactMap { hit -> (hit: PhraseMatcher.Hit, runIn: Bool)? in
            guard [.heading, .weakHeading, .activeHeading].contains(hit.kind), let runIn = headingIsRunIn(hit, in: text)
            else { return nil }
            return (hit, runIn)
        }
        var found: [Candidate] = []
        for (index, heading) in headings.enumerated() {
            let start = panelStart(after: heading.hit, in: text)
            let nextHeading = index + 1 < headings.count ? headings[index + 1].hit.range.lowerBound : text.count
            let end = panelEnd(from: start, limit: nextHeading, hits: hits, in: text)
            guard start < end else { continue }
            found.append(
                Candidate(
                    heading: heading.hit, range: start..<end, shape: ListShape(text, start..<end), runIn: heading.runIn)
            )
        }
        let headedPanels = headed(found, in: text)
        // The text up to a disclaimer, trimmed: what the bare and run-on stages read.
        let end = hits.first { $0.kind == .disclaimer }?.range.lowerBound ?? text.count
        let whole = trimmedRange(0..<end, in: text)
        // Each later stage is worked out only when the checker has turned down every panel before it. (A
        // lazy flattening of three closures cost every label four allocations.) The whole text's shape
        // is measured once, for both.
        return sequence(state: (next: 0, bare: [Panel]?.none, runOn: [Panel]?.none, shape: ListShape?.none)) {
            state -> Panel? in
            defer { state.next += 1 }
            var index = state.next
            if index < headedPanels.count { return headedPanels[index] }
            index -= headedPanels.count
            if state.bare == nil {
                state.shape = whole.isEmpty ? nil : ListShape(text, whole)
                state.bare = bareLists(in: text, whole: whole, shape: state.shape)
            }
            if index < state.bare!.count { return state.bare![index] }
            index -= state.bare!.count
            if state.runOn == nil { state.runOn = runOnLists(found, in: text, whole: whole, shape: state.shape) }
            return index < state.runOn!.count ? state.runOn![index] : nil
        }
    }

    /// Headed panels and the whole text shaped as `ListShape.mayBeRunOnList` puts it: lists printed with
    /// spaces only, or with commas only between Latin and common names, look so, and so do sentences; the
    /// checker tells them apart by the names the tokenizer finds.
    private func runOnLists(_ candidates: [Candidate], in text: [UInt8], whole: Range<Int>, shape: ListShape?)
        -> [Panel]
    {
        // Prose is turned away here, at its first sentence word, before the tokenizer reads a word of it:
        // most texts with no list found are descriptions, and one label in six has none.
        func mayBeRunOn(_ range: Range<Int>) -> Bool { !phrases.words.hasSentenceWord(text, range) }
        var panels = candidates.filter {
            $0.heading.kind == .heading && !$0.isUsable && $0.shape.mayBeRunOnList && mayBeRunOn($0.range)
        }.map {
            Panel(
                ranges: [$0.range], heading: String(decoding: text[$0.heading.range], as: UTF8.self), origin: .heading,
                mayBeRunOn: true)
        }
        if let shape, shape.mayBeRunOnList, mayBeRunOn(whole) {
            panels.append(Panel(ranges: [whole], heading: nil, origin: .bareList, mayBeRunOn: true))
        }
        return panels
    }

    // MARK: Choosing

    private func headed(_ candidates: [Candidate], in text: [UInt8]) -> [Panel] {
        func printed(_ hit: PhraseMatcher.Hit) -> String { String(decoding: text[hit.range], as: UTF8.self) }
        let usable = candidates.filter(\.isUsable).sorted { $0.shape.items > $1.shape.items }
        var panels: [Panel] = []
        for candidate in usable where candidate.heading.kind == .heading {
            // US drug facts: the actives just before the inactive list belong to the declaration.
            if let actives = candidates.last(where: {
                $0.heading.kind == .activeHeading && $0.range.upperBound <= candidate.heading.range.lowerBound
                    && candidate.heading.range.lowerBound - $0.range.upperBound < 64
            }) {
                panels.append(
                    Panel(
                        ranges: [actives.range, candidate.range], heading: printed(actives.heading), origin: .heading))
            }
            panels.append(Panel(ranges: [candidate.range], heading: printed(candidate.heading), origin: .heading))
        }
        for candidate in usable where candidate.heading.kind != .heading {
            panels.append(
                Panel(ranges: [candidate.range], heading: printed(candidate.heading), origin: .partialHeading))
        }
        return panels
    }

    /// The whole text read as a list (people paste bare lists), cut at a disclaimer; then the most
    /// list-like block of a longer text.
    private func bareLists(in text: [UInt8], whole: Range<Int>, shape: ListShape?) -> [Panel] {
        guard let shape else { return [] }
        var panels: [Panel] = []
        if shape.isBareList { panels.append(Panel(ranges: [whole], heading: nil, origin: .bareList)) }
        var best: (range: Range<Int>, items: Int)?
        for block in blocks(of: text) where block != whole {
            let blockShape = ListShape(text, block)
            if blockShape.isStrongBareList, blockShape.items > (best?.items ?? 0) { best = (block, blockShape.items) }
        }
        if let best { panels.append(Panel(ranges: [best.range], heading: nil, origin: .bareList)) }
        return panels
    }

    // MARK: Headings

    /// A heading word counts when it is followed by a colon, or stands at the start of a line
    /// with a list or a line break after it, or is run into a line of page text (true). "our natural
    /// ingredients are..." is prose (nil).
    private func headingIsRunIn(_ hit: PhraseMatcher.Hit, in text: [UInt8]) -> Bool? {
        var after = hit.range.upperBound
        while after < text.count, text[after] == 0x20 || text[after] == 0x09 || isDecoration(text, after) {
            after += decorationLength(text, after)
        }
        if after < text.count, text[after] == UInt8(ascii: ":") || text.starts(with: [0xEF, 0xBC, 0x9A], at: after) {
            return false
        }
        guard after < text.count else { return nil }
        let next = text[after]
        guard atLineStart(hit.range.lowerBound, in: text) else { return isRunInHeading(hit, in: text) ? true : nil }
        // `Ingredients "Water ... Laurate"`: a page's field with its value in quotes. Only after a full
        // declaration's heading: highlights so printed are sentences (`Active ingredients "• Squalane has ...`).
        let quoted =
            hit.kind == .heading
            && (next == UInt8(ascii: "\"") || next == UInt8(ascii: "'")
                || text.starts(with: [0xE2, 0x80, 0x9C], at: after)
                || text.starts(with: [0xE2, 0x80, 0x98], at: after))
        return next == 0x0A || next == 0x0D || ByteClass.isWordByte(next) || quoted ? false : nil
    }

    /// `... Taunuswww.olay.com Ingredients Aqua, Glycerin, ...`: a page's fields run together on one
    /// line, the heading capitalized and the list after one space opening with a capital. Prose
    /// ("our natural ingredients are ...") has neither; the panel must still read as a list.
    private func isRunInHeading(_ hit: PhraseMatcher.Hit, in text: [UInt8]) -> Bool {
        let end = hit.range.upperBound
        return hit.kind == .heading && ByteClass.isUppercaseASCIILetter(text[hit.range.lowerBound])
            && end + 1 < text.count && text[end] == 0x20 && ByteClass.isUppercaseASCIILetter(text[end + 1])
    }

    private func atLineStart(_ position: Int, in text: [UInt8]) -> Bool {
        var index = position
        while index > 0 {
            let byte = text[index - 1]
            if byte == 0x0A || byte == 0x0D { return true }
            if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "#")
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(")
            {
                index -= 1
                continue
            }
            if index >= 3, text[(index - 3)..<index].elementsEqual([0xE3, 0x80, 0x90]) {
                index -= 3
                continue
            } // 【
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]")
                || byte == UInt8(ascii: "!")
            {
                return true
            }
            return false
        }
        return true
    }

    /// Brackets, stars and `(INCI)` around a heading: `【全成分】`, `Ingredients (INCI):`, `**Ingredients**`.
    private func isDecoration(_ text: [UInt8], _ index: Int) -> Bool {
        decorationLength(text, index) > 0
    }

    private func decorationLength(_ text: [UInt8], _ index: Int) -> Int {
        let byte = text[index]
        if byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "]")
            || byte == UInt8(ascii: ")")
        {
            return 1
        }
        if text.starts(with: [0xE3, 0x80, 0x91], at: index) { return 3 } // 】
        for word: StaticString in ["(inci)", "(ctfa)", "list"] where text.startsLowercased(with: word, at: index) {
            return word.utf8CodeUnitCount
        }
        return 0
    }

    private func panelStart(after heading: PhraseMatcher.Hit, in text: [UInt8]) -> Int {
        var index = heading.range.upperBound
        while index < text.count {
            if isDecoration(text, index) {
                index += decorationLength(text, index)
                continue
            }
            let byte = text[index]
            if ByteClass.isSpace(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: ".")
            {
                index += 1
                continue
            }
            if text.starts(with: [0xEF, 0xBC, 0x9A], at: index) {
                index += 3
                continue
            } // ：
            break
        }
        return index
    }

    /// The panel ends at a terminator that starts a line or sentence (or precedes a colon), at the next
    /// heading, or at a paragraph break unless a shade block continues the list.
    private func panelEnd(from start: Int, limit: Int, hits: [PhraseMatcher.Hit], in text: [UInt8]) -> Int {
        var end = limit
        for hit in hits where hit.range.lowerBound > start && hit.range.lowerBound < end {
            // "(Made in USA)" inside a list is a remark, not the end of the list.
            if hit.range.lowerBound > 0, text[hit.range.lowerBound - 1] == UInt8(ascii: "(") { continue }
            if hit.kind == .disclaimer
                || hit.kind == .terminator
                    && (atLineStart(hit.range.lowerBound, in: text) || followedByColon(hit, in: text))
            {
                end = hit.range.lowerBound
                break
            }
        }
        let isKit = componentLabelEnd(in: text, at: start) != nil
        if let paragraph = paragraphBreak(in: text, from: start, to: end, hits: hits, kit: isKit) { end = paragraph }
        return trimmedRange(start..<end, in: text).upperBound
    }

    private func followedByColon(_ hit: PhraseMatcher.Hit, in text: [UInt8]) -> Bool {
        var index = hit.range.upperBound
        while index < text.count, text[index] == 0x20 { index += 1 }
        return index < text.count && text[index] == UInt8(ascii: ":")
    }

    /// A panel that opens with a component label (`Lip Liner: ...`) is a kit, and continues into
    /// following paragraphs that open with labels of their own.
    private func paragraphBreak(in text: [UInt8], from start: Int, to end: Int, hits: [PhraseMatcher.Hit], kit: Bool)
        -> Int?
    {
        var index = start
        while index < end {
            guard text[index] == 0x0A else {
                index += 1
                continue
            }
            var probe = index + 1
            while probe < end, text[probe] == 0x20 || text[probe] == 0x09 || text[probe] == 0x0D { probe += 1 }
            if probe < end, text[probe] == 0x0A {
                while probe < end, ByteClass.isSpace(text[probe]) { probe += 1 }
                let continues =
                    hits.contains { $0.kind == .mayContain && $0.range.lowerBound == probe }
                    || (kit && componentLabelEnd(in: text, at: probe) != nil)
                if !continues { return index }
            }
            index = probe
        }
        return nil
    }

    /// The end of a component label at `start` (`Lip Gloss:`): a few words and a colon, no comma.
    func componentLabelEnd(in text: [UInt8], at start: Int) -> Int? {
        guard start < text.count, ByteClass.isASCIILetter(text[start]) else { return nil }
        var index = start
        var words = 1
        while index < text.count, index - start < 48 {
            switch text[index] {
            case UInt8(ascii: ":"): return words <= 5 ? index + 1 : nil
            case UInt8(ascii: ","), UInt8(ascii: "."), 0x0A: return nil
            case 0x20: words += 1
            default: break
            }
            index += 1
        }
        return nil
    }

    // MARK: Blocks

    private func blocks(of text: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        // Most bare lists are one line: `memchr` crosses it many bytes per step.
        while let index = ByteSearch.firstIndex(of: 0x0A, in: text, start..<text.count) {
            let block = trimmedRange(start..<index, in: text)
            if !block.isEmpty { result.append(block) }
            start = index + 1
        }
        let last = trimmedRange(start..<text.count, in: text)
        if !last.isEmpty { result.append(last) }
        return result
    }

    private func trimmedRange(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, ByteClass.isSpace(text[lower]) { lower += 1 }
        while upper > lower, ByteClass.isSpace(text[upper - 1]) { upper -= 1 }
        return lower..<upper
    }
}

extension Array where Element == UInt8 {
    func starts(with prefix: [UInt8], at index: Int) -> Bool {
        guard index >= 0, index + prefix.count <= count else { return false }
        for offset in prefix.indices where self[index + offset] != prefix[offset] { return false }
        return true
    }

    /// Whether the bytes at `index` spell `word` (lower-case ASCII), ignoring case. A static string:
    /// the callers ask with literals, per item and per position, and a `String` would cost more to walk.
    func startsLowercased(with word: StaticString, at index: Int) -> Bool {
        guard index >= 0, index + word.utf8CodeUnitCount <= count else { return false }
        for offset in 0..<word.utf8CodeUnitCount
        where ByteClass.lowercased(self[index + offset]) != word.utf8Start[offset] {
            return false
        }
        return true
    }
}
