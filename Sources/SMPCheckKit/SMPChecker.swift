/// The engine: reads a label (text or HTML), finds its ingredient list, splits it, classifies
/// every ingredient for a healing phase and returns a report.
///
/// Create one checker and share it: it is immutable and safe to use from many threads and tasks.
///
/// ```swift
/// let checker = try SMPChecker()
/// let report = try checker.check(LabelInput(text: "Ingredients: Aqua, Sodium Laureth Sulfate"), phase: .healing)
/// print(report.verdict) // avoid
/// ```
public struct SMPChecker: Sendable {
    public let lexicon: Lexicon
    /// Inputs larger than this are refused (`SMPCheckError.inputTooLarge`).
    public var maximumInputBytes: Int

    /// HTML elements nested deeper than this are not read (their text is ignored), which bounds the
    /// work and stack a hostile page can demand.
    public var maximumNesting = SMPChecker.defaultMaximumNesting

    /// Splits panels into ingredients, remembering what list items read as: a checker's lists share
    /// that memory, so a name met before is read once.
    private let tokenizer: Tokenizer

    /// 64 MiB: far above any real label or product page, low enough to bound memory.
    public static let defaultMaximumInputBytes = 64 << 20
    /// Real product pages nest a few dozen levels.
    public static let defaultMaximumNesting = 256

    /// A checker with the built-in lexicon, or the given one.
    public init(lexicon: Lexicon? = nil, maximumInputBytes: Int = SMPChecker.defaultMaximumInputBytes)
        throws(SMPCheckError)
    {
        if let lexicon { self.lexicon = lexicon } else { self.lexicon = try Lexicon.builtIn }
        self.maximumInputBytes = maximumInputBytes
        tokenizer = Tokenizer(phrases: self.lexicon.phrases, normalizer: self.lexicon.normalizer)
    }

    /// Checks one label or product page.
    ///
    /// - Throws: `SMPCheckError` when the input cannot be read as text (binary, too large).
    ///   A text without an ingredient list is not an error: the report says `listFound == false`.
    /// `avoiding` is the person's own avoid list (see ``AvoidList``): its hits are `personal` findings.
    public func check(_ input: LabelInput, phase: Phase = .healing, avoiding: AvoidList? = nil) throws(SMPCheckError)
        -> Report
    {
        var report = try classifiedReport(input, phase: phase)
        report.product = input.product
        if let avoiding, !avoiding.isEmpty { avoiding.apply(to: &report, lexicon: lexicon) }
        return report
    }

    private func classifiedReport(_ input: LabelInput, phase: Phase) throws(SMPCheckError) -> Report {
        guard let (source, panel, list) = try readIngredientList(input) else {
            return Report(
                source: input.source, phase: phase, listFound: false, verdict: .unknown, ingredients: [],
                findings: [], coverage: .init(recognized: 0, total: 0), heading: nil, components: [], skipped: [])
        }
        let productName = input.productName ?? source.productName
        let product = ProductType(
            name: productName ?? Self.titleLine(of: source.bytes, before: panel), phrases: lexicon.phrases)
        var result = Classifier(lexicon: lexicon).classify(list.tokens, phase: phase, product: product)
        let setAside = SetAsideScanner(lexicon: lexicon).findings(
            in: list.skipped, phase: phase, timeline: &result.timeline)
        if !setAside.isEmpty {
            // A concern the list already raises needs no second finding from a sentence that repeats it.
            var raised = Set(result.findings.indices.map { result.findings[$0].concern })
            result.findings += setAside.filter { raised.insert($0.concern).inserted }
        }
        // Highlights name some of what a product holds, never all of it: what they flag is reported, but
        // without the full declaration nothing can be called fine.
        let highlightsOnly = Self.isHighlights(panel, list)
        var report = Report(
            source: input.source, phase: phase, listFound: !highlightsOnly,
            verdict: highlightsOnly ? .unknown : Self.verdict(of: result.findings),
            ingredients: result.ingredients, findings: result.findings,
            coverage: .init(recognized: result.recognized, total: result.ingredients.count),
            heading: panel.heading, components: Self.components(result), skipped: list.skipped
        )
        report.listSource = source.origin
        report.repairs = source.repairs.isEmpty ? nil : source.repairs
        report.highlightsOnly = highlightsOnly
        report.productName = productName
        report.productType = product.label
        report.stages = result.timeline.stages
        return report
    }

    /// Checks one label or product page for someone `days` days after their session: the phase follows
    /// from the days, and the report's "usable from" line says how many days remain.
    public func check(_ input: LabelInput, daysSinceSession days: Int, avoiding: AvoidList? = nil)
        throws(SMPCheckError) -> Report
    {
        var report = try check(input, phase: Phase(daysSinceSession: days), avoiding: avoiding)
        report.daysSinceSession = days
        return report
    }

    /// A label's first line, when the list comes after it and it is short enough to be the product's
    /// name (`Walnut Face Scrub`, then `Ingredients: ...`).
    static func titleLine(of text: [UInt8], before panel: Panel) -> String? {
        guard let start = panel.ranges.first?.lowerBound, start > 0 else { return nil }
        // Bounded: a name is a short first line, so no more than its length is ever looked at.
        var lineStart = 0
        while lineStart < start, lineStart < 16, ByteClass.isSpace(text[lineStart]) { lineStart += 1 }
        var lineEnd = lineStart
        while lineEnd < start, lineEnd - lineStart <= 80, text[lineEnd] != 0x0A, text[lineEnd] != 0x0D { lineEnd += 1 }
        guard lineEnd < start, lineEnd > lineStart, text[lineEnd] == 0x0A || text[lineEnd] == 0x0D else { return nil }
        return String(decoding: text[lineStart..<lineEnd], as: UTF8.self)
    }

    /// Whether a list is highlights rather than the full declaration: the list under a `Key ingredients`
    /// or a lone `Active ingredients` heading, or a short bare list (eight names at most) that names half
    /// its ingredients or more in everyday words rather than the INCI way (`Glycerine, Aloe Vera,
    /// Chamomile, Cocoa Butter`; `Vitamin C, Niacinamide, Green Tea`). A list with the signs of a whole
    /// formula is a declaration whatever its heading: water or a preservative (an ingredient that marks
    /// the 1 % line) among six names or more, as retailers print under "Active ingredients".
    static func isHighlights(_ panel: Panel, _ list: TokenizedList) -> Bool {
        let tokens = list.tokens
        // Water or a preservative: most full lists have both. Asked only of the few lists it decides.
        func isFormula() -> Bool {
            tokens.contains { $0.printedName.marksTail || $0.match?.marksTail == true || $0.match?.name == "AQUA" }
        }
        switch panel.origin {
        case .heading: return false
        case .partialHeading: return !(tokens.count >= 6 && isFormula())
        case .bareList:
            guard !panel.mayBeRunOn, tokens.count <= 8, !isFormula() else { return false }
            let inciStyle = tokens.indices.count { isINCIStyle(tokens[$0]) }
            return inciStyle * 2 <= tokens.count
        }
    }

    /// A name printed the INCI way: every word of the INCI name it matched (`Niacinamide`, `Helianthus
    /// Annuus Sunflower Seed Oil`), or a botanical's Latin genus and species (`Aleurites Moluccana (Kukui)
    /// Nut Oil`); not an everyday name for it (`Vitamin E`, `Shea Butter`, `Glycerine`).
    private static func isINCIStyle(_ token: Token) -> Bool {
        guard let name = token.match?.name else { return false }
        // On bytes, lower-cased as ASCII: the key is lower-case already, the name upper-case.
        func words(_ text: String) -> [[UInt8]] {
            text.utf8.split {
                $0 == 0x20 || $0 == UInt8(ascii: "(") || $0 == UInt8(ascii: ")") || $0 == UInt8(ascii: "/")
            }
            .map { $0.map(ByteClass.lowercased) }
        }
        let (nameWords, printedWords) = (words(name), words(token.key))
        if nameWords.allSatisfy(printedWords.contains) { return true }
        return nameWords.count >= 3 && printedWords.count >= 3 && nameWords.prefix(2) == printedWords.prefix(2)
    }

    /// Finds and splits the ingredient list of a label or page without classifying it: where it was
    /// found and the tokens in printed order. Nil when the input holds no list.
    /// A page's full declaration wins over highlights found in an earlier source (a description's key
    /// ingredients); highlights are the answer only when no source holds more.
    func readIngredientList(_ input: LabelInput) throws(SMPCheckError) -> (TextSource, Panel, TokenizedList)? {
        var highlights: (TextSource, Panel, TokenizedList)?
        for source in try textSources(input) {
            guard let (panel, list) = readList(in: source.bytes, fromHTML: source.isHTML) else { continue }
            guard Self.isHighlights(panel, list) else { return (source, panel, list) }
            if highlights == nil { highlights = (source, panel, list) }
        }
        return highlights
    }

    /// The first candidate panel whose tokens hold up as a real list. Under a heading, two items or
    /// one known ingredient will do ("Ingredients: N/A" will not). A bare text must be mostly known
    /// ingredients, or a clean list of four or more names with no prose or claims among them
    /// (common-name lists such as "Nariyal Oil, Badam Oil, ..."), so marketing bullets are never read as a
    /// list; on a page, only when the page's text is that one line.
    /// Text with no separators must split into four or more names, three quarters of them known.
    func readList(in text: [UInt8], fromHTML: Bool) -> (Panel, TokenizedList)? {
        let structure = lexicon.phrases.structureMatcher.hits(in: text, range: 0..<text.count)
        for panel in ListLocator(phrases: lexicon.phrases).candidates(in: text, structure: structure) {
            let list = tokenizer.tokenize(text, panel: panel, structure: structure, recognizer: lexicon)
            if panel.origin != .bareList, !panel.mayBeRunOn, list.tokens.count >= 2 { return (panel, list) }
            let recognized = list.tokens.indices.count { list.tokens[$0].match != nil }
            let holds =
                switch panel.origin {
                // Text that may be a list printed with spaces only is one when it split into mostly known names.
                case _ where panel.mayBeRunOn: list.tokens.count >= 4 && recognized * 4 >= list.tokens.count * 3
                case .heading, .partialHeading: recognized >= 1
                case .bareList:
                    // A description naming a few ingredients between its sentences is not their list.
                    list.skipped.count(where: { $0.reason == .prose }) * 2 <= list.tokens.count
                        && ((recognized >= 1 && recognized * 2 >= list.tokens.count)
                            || ((!fromHTML || Self.isOneLine(text)) && list.skipped.isEmpty && text.count < 4096
                                && looksLikeNames(list.tokens)))
                }
            if holds { return (panel, list) }
        }
        return nil
    }

    /// Whether the text is one line. A page whose text is one line holds nothing but it (no title,
    /// heading or description to make it a page's marketing bullets): it is read as a pasted label is.
    private static func isOneLine(_ text: [UInt8]) -> Bool {
        var end = text.count
        while end > 0, ByteClass.isSpace(text[end - 1]) { end -= 1 }
        return ByteSearch.firstIndex(of: 0x0A, in: text, 0..<end) == nil
    }

    /// Four or more short names (at most four words each) with no sentence words among them.
    private func looksLikeNames(_ tokens: [Token]) -> Bool {
        tokens.count >= 4
            && tokens.allSatisfy { token in
                let key = Array(token.key.utf8)
                let words = key.indices.split {
                    key[$0] == 0x20 || key[$0] == UInt8(ascii: "(") || key[$0] == UInt8(ascii: ")")
                }
                return words.count <= 4
                    && !words.contains { lexicon.phrases.words.isSentenceWord(key, $0.startIndex..<$0.endIndex) }
            }
    }

    /// The texts the locator reads, best first: for HTML the focused sources and then the page
    /// text; for a text label the label itself. Every source has its character references decoded
    /// here, once: copied labels carry them, and catalogs and JSON-LD often escape HTML twice.
    func textSources(_ input: LabelInput) throws(SMPCheckError) -> [TextSource] {
        let (bytes, repairs) = try InputDecoder(maximumBytes: maximumInputBytes).decode(input)
        let isHTML = input.kind == .html || (input.kind == .automatic && HTMLExtractor.looksLikeHTML(bytes))
        let sources =
            isHTML
            ? HTMLExtractor(maximumDepth: maximumNesting).sources(from: bytes, source: input.source)
            : [TextSource(origin: "text", bytes: bytes, isHTML: false)]
        return sources.map {
            TextSource(
                origin: $0.origin, bytes: EntityDecoder.decode($0.bytes), isHTML: $0.isHTML,
                productName: $0.productName,
                repairs: repairs)
        }
    }

    /// A product's verdict is the worst of its findings; `ok` when a list was read and nothing was flagged.
    static func verdict(of findings: [Finding]) -> Verdict {
        // By index: mapping the findings would copy each one, retaining each of its strings.
        findings.indices.lazy.map { findings[$0].severity }.max().map(Verdict.init) ?? .ok
    }

    /// A verdict per kit component, when the label holds more than one product.
    private static func components(_ result: Classifier.Result) -> [Report.ComponentVerdict] {
        var order: [String] = []
        var last: String?
        // By index: iterating would copy every ingredient and retain each of its strings.
        for index in result.ingredients.indices {
            let section = result.ingredients[index].section
            // Ingredients come section by section: the same string again needs no search.
            if section == last { continue }
            last = section
            if section != ListSection.mayContain, !order.contains(section) { order.append(section) }
        }
        guard order.count > 1 || (order.count == 1 && order[0] != ListSection.declared) else { return [] }
        return order.map { section in
            Report.ComponentVerdict(
                section: section, verdict: verdict(of: result.findings.filter { $0.section == section }))
        }
    }
}

// MARK: Stages, for the benchmark

extension SMPChecker {
    /// Bytes of text the extraction stage yields for an input (HTML parsed and flattened, sources
    /// decoded), without locating a list: the benchmark times this beside libxml2's bare parse.
    @_spi(Benchmarks)
    public func extractedByteCount(_ input: LabelInput) throws(SMPCheckError) -> Int {
        try textSources(input).reduce(0) { $0 + $1.bytes.count }
    }

    /// The number of ingredients read from an input, without classifying them: the benchmark
    /// times locating and tokenizing alone.
    @_spi(Benchmarks)
    public func tokenCount(_ input: LabelInput) throws(SMPCheckError) -> Int {
        try readIngredientList(input)?.2.tokens.count ?? 0
    }
}
