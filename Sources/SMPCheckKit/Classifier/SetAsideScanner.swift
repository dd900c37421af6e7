/// Reads the prose the tokenizer set aside from a list for the concerns it names. A sentence run on after
/// the last ingredient ("... with lavender essential oil for a calming scent") or inside the panel is
/// not an ingredient, but what it names is in the product all the same: it is never silently dropped.
///
/// Claims, footnotes and codes are not read: a claim says what the product leaves out, and a footnote
/// describes ingredients the list already names (`*essential oil` marks the oils, it adds none). A name
/// that a negation word (`does not contain alcohol`) or an origin word (`from coconut oil`) comes
/// shortly before, or `free` follows, raises nothing either; nor does a concern that depends on being
/// listed high (scrub grit, urea), since set-aside text says nothing of amounts.
struct SetAsideScanner {
    let lexicon: Lexicon

    /// Words read per piece of text: enough for any footnote or run-on sentence, bounded for a page of prose.
    fileprivate static let maximumWords = 150
    /// The longest name looked up, in words.
    fileprivate static let longestName = 6
    /// How far back a negation word reaches.
    fileprivate static let negationReach = 3

    /// One word of set-aside text: where it is printed, and its lookup key.
    fileprivate struct Word {
        var range: Range<Int>
        var key: [UInt8]
    }

    /// The findings of the prose in `skipped`, in order: those that are a concern in `phase`. Every
    /// stage's severities go to `timeline`.
    func findings(in skipped: [SkippedText], phase: Phase, timeline: inout HealingTimeline) -> [Finding] {
        guard skipped.contains(where: { $0.reason == .prose }) else { return [] }
        let scan = Scan(lexicon: lexicon, vocabulary: lexicon.concernVocabulary)
        var findings: [Finding] = []
        for piece in skipped where piece.reason == .prose {
            scan.read(piece.text, phase: phase, into: &findings, timeline: &timeline)
        }
        return findings
    }

    /// One scan's lookups: the vocabulary is read once, not through its lock for every word.
    private struct Scan {
        let lexicon: Lexicon
        let vocabulary: ConcernVocabulary

        func read(_ text: String, phase: Phase, into findings: inout [Finding], timeline: inout HealingTimeline) {
            let bytes = Array(text.utf8)
            let words = self.words(of: bytes)
            // Each word is asked once; most prose names no concern, and is passed over whole.
            let named = words.map { vocabulary.contains($0.key[...]) }
            guard named.contains(true) else { return }
            var index = 0
            while index < words.count {
                index +=
                    name(
                        at: index, in: words, named: named, bytes, text: text, phase: phase, into: &findings,
                        timeline: &timeline) ?? 1
            }
        }

        /// The number of words of the longest known name that starts at `start`, after appending the
        /// findings of its concerns; nil when none starts there. A name without concerns is passed over
        /// whole: `cetostearyl alcohol` is no `alcohol`.
        private func name(
            at start: Int, in words: [Word], named: [Bool], _ bytes: [UInt8], text: String, phase: Phase,
            into findings: inout [Finding], timeline: inout HealingTimeline
        ) -> Int? {
            for length in stride(from: min(SetAsideScanner.longestName, words.count - start), through: 1, by: -1) {
                let end = start + length
                // A name is looked up only where it ends with a word concerns are named with.
                guard named[end - 1] else { continue }
                var key: [UInt8] = []
                for word in words[start..<end] {
                    if !key.isEmpty { key.append(0x20) }
                    key += word.key
                }
                guard let match = lexicon.knownMatch(String(decoding: key, as: UTF8.self)), !match.isByPart else {
                    continue
                }
                let negated =
                    isNegated(before: start, in: words)
                    || end < words.count && words[end].key.elementsEqual("free".utf8)
                if !negated {
                    let printed = String(
                        decoding: bytes[words[start].range.lowerBound..<words[end - 1].range.upperBound], as: UTF8.self)
                    for rating in match.ratings where !Self.dependsOnBeingHigh(rating) {
                        let stages = Self.stages(of: rating)
                        timeline.add(rating.info.id, stages)
                        guard stages.severity(in: phase) > .ok else { continue }
                        findings.append(finding(rating, printed: printed, match: match.kind, quote: text, phase: phase))
                    }
                }
                return length
            }
            return nil
        }

        /// Scrub grit, urea: concerns only near the top of a list, which a mention cannot show.
        private static func dependsOnBeingHigh(_ rating: ConcernRating) -> Bool {
            switch rating.placement?.rule {
            case .leadOnly, .leadThree, .leadFive, .highOnly: true
            case .tailOK, .tailCaution, nil: false
            }
        }

        /// A concern where only its mention supports it: the amount is unknown, so a concern that depends on
        /// where an ingredient is listed is at most a caution.
        private static func stages(of rating: ConcernRating) -> StageSeverities {
            let stages = StageSeverities(rating.info)
            return rating.placement == nil ? stages : stages.map { min($0, .caution) }
        }

        private func finding(
            _ rating: ConcernRating, printed: String, match: LexiconMatch.Kind, quote: String, phase: Phase
        ) -> Finding {
            let note =
                rating.placement == nil
                ? nil : "It is named outside the list, so how much of it the product holds is unknown."
            return Finding(
                concern: rating.info.id, severity: Self.stages(of: rating).severity(in: phase), ingredient: printed,
                position: 0,
                section: ListSection.declared,
                positionNote: note, conditional: false, match: match, text: rating.text, quote: quote)
        }

        private func isNegated(before start: Int, in words: [Word]) -> Bool {
            // A word or the part before its hyphen: `no`, `non-drying`.
            words[max(0, start - SetAsideScanner.negationReach)..<start].contains { word in
                let end = word.key.firstIndex(of: UInt8(ascii: "-")) ?? word.key.count
                return lexicon.phrases.negations.contains(word.key, 0..<end)
            }
        }

        /// Words split at spaces and punctuation, with their keys; words with no letter are left out.
        private func words(of bytes: [UInt8]) -> [Word] {
            var words: [Word] = []
            var start: Int?
            func close(_ end: Int) {
                guard let begin = start else { return }
                start = nil
                let key = lexicon.normalizer.keyBytes(bytes[begin..<end])
                if key.contains(where: ByteClass.isASCIILetter) { words.append(Word(range: begin..<end, key: key)) }
            }
            for index in bytes.indices where words.count < SetAsideScanner.maximumWords {
                if Self.isBreak(bytes[index]) { close(index) } else if start == nil { start = index }
            }
            close(bytes.count)
            return words
        }

        private static func isBreak(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("),
                UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "!"),
                UInt8(ascii: "?"), UInt8(ascii: "*"):
                true
            case UInt8(ascii: "."): true
            default: false
            }
        }
    }
}
