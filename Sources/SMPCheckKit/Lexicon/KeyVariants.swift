/// The forms of one key worth looking up: as printed, without bracket characters, without the
/// bracketed words, and its slash-separated or bracketed parts.
///
/// `cocos nucifera (coconut) oil` -> debracketed `cocos nucifera coconut oil`, stripped
/// `cocos nucifera oil`, contents `coconut`; `aqua/water/eau` -> parts `aqua`, `water`, `eau`.
struct KeyVariants: Sendable {
    var full: String
    var debracketed: String
    var stripped: String
    var slashParts: [String]
    var bracketContents: [String]
    /// Whether the key has no bracket or slash: then all its forms are the key itself (most names are
    /// printed so).
    private let isPlain: Bool

    init(_ key: String) {
        full = key
        let forms =
            key.utf8.withContiguousStorageIfAvailable(Self.forms) ?? Array(key.utf8).withUnsafeBufferPointer(Self.forms)
        isPlain = forms == nil
        guard let forms else {
            debracketed = key
            stripped = key
            slashParts = []
            bracketContents = []
            return
        }
        // Keys come tidied, so the debracketed form of a key with slashes only is the key itself.
        debracketed =
            forms.debracketed.elementsEqual(key.utf8) ? key : String(decoding: forms.debracketed, as: UTF8.self)
        stripped = forms.stripped == forms.debracketed ? debracketed : String(decoding: forms.stripped, as: UTF8.self)
        slashParts = Self.parts(of: forms.stripped)
        bracketContents = forms.contents.filter { $0.count >= 3 }.map { String(decoding: $0, as: UTF8.self) }
    }

    /// The first answer `body` gives for the printed, debracketed and stripped forms, in that order,
    /// each form tried once: a lookup by form is then made once for most names, not three times.
    func firstForm<Result>(_ body: (String) -> Result?) -> Result? {
        if let result = body(full) { return result }
        guard !isPlain else { return nil }
        if debracketed != full, let result = body(debracketed) { return result }
        if stripped != full, stripped != debracketed, let result = body(stripped) { return result }
        return nil
    }

    /// The forms family rules read, each once: without bracket characters, without bracketed words,
    /// and the slash parts.
    var ruleForms: [String] {
        isPlain ? [full] : (stripped == debracketed ? [debracketed] : [debracketed, stripped]) + slashParts
    }

    /// The forms of a key as bytes, each with its spaces collapsed, in one pass; nil for a plain key.
    private static func forms(_ bytes: UnsafeBufferPointer<UInt8>) -> (
        debracketed: [UInt8], stripped: [UInt8], contents: [[UInt8]]
    )? {
        guard bytes.contains(where: { isBracket($0) || $0 == UInt8(ascii: "/") }) else { return nil }
        var debracketed: [UInt8] = []
        var stripped: [UInt8] = []
        var contents: [[UInt8]] = []
        debracketed.reserveCapacity(bytes.count)
        stripped.reserveCapacity(bytes.count)
        var depth = 0
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: "["):
                depth += 1
                if depth == 1 { contents.append([]) }
                appendCollapsed(0x20, to: &debracketed)
            case UInt8(ascii: ")"), UInt8(ascii: "]"):
                depth = max(0, depth - 1)
                appendCollapsed(0x20, to: &debracketed)
            case UInt8(ascii: ",") where depth > 0:
                // Bracketed words split on commas: `(ci 77491, ci 77492)` holds two names.
                appendCollapsed(byte, to: &debracketed)
                contents.append([])
            default:
                appendCollapsed(byte, to: &debracketed)
                if depth == 0 {
                    appendCollapsed(byte, to: &stripped)
                } else {
                    appendCollapsed(byte, to: &contents[contents.count - 1])
                }
            }
        }
        for index in contents.indices { dropTrailingSpace(&contents[index]) }
        dropTrailingSpace(&debracketed)
        dropTrailingSpace(&stripped)
        return (debracketed, stripped, contents)
    }

    /// Appends a byte with spaces collapsed as `collapsed` does: none first, one between words.
    @inline(__always) private static func appendCollapsed(_ byte: UInt8, to out: inout [UInt8]) {
        if byte != 0x20 || out.last.map({ $0 != 0x20 }) == true { out.append(byte) }
    }

    private static func dropTrailingSpace(_ bytes: inout [UInt8]) {
        while bytes.last == 0x20 { bytes.removeLast() }
    }

    /// The key without its bracket characters (`cocos nucifera (coconut) oil` -> `cocos nucifera
    /// coconut oil`), the second form names are indexed by; nil when that is the key itself.
    static func debracketedForm(of key: String) -> String? {
        guard key.utf8.contains(where: isBracket) else { return nil }
        let debracketed = KeyVariants(key).debracketed
        return debracketed == key ? nil : debracketed
    }

    static func isBracket(_ byte: UInt8) -> Bool { byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") }

    /// The forms a name is indexed under, curated or inventory alike: as printed and, when it has
    /// brackets, without the bracket characters.
    static func indexForms(of key: String) -> [String] {
        guard let debracketed = debracketedForm(of: key), !debracketed.isEmpty else { return [key] }
        return [key, debracketed]
    }

    /// Slash parts worth a lookup: at least two, each with three or more letters or a colour index
    /// (`ci 77491/iron oxides`).
    private static func parts(of key: [UInt8]) -> [String] {
        guard key.contains(UInt8(ascii: "/")) else { return [] }
        let parts = key.split(separator: UInt8(ascii: "/")).map { part in
            var collapsed: [UInt8] = []
            for byte in part { appendCollapsed(byte, to: &collapsed) }
            dropTrailingSpace(&collapsed)
            return collapsed
        }
        guard parts.count >= 2,
            parts.allSatisfy({ $0.count(where: ByteClass.isASCIILetter) >= 3 || $0.starts(with: "ci ".utf8) })
        else { return [] }
        return parts.map { String(decoding: $0, as: UTF8.self) }
    }

    /// Words of a name whose slash parts are the components of one substance.
    private static let substanceWords = ["polymer", "ferment", "lysate"]

    /// Whether the slash joins the components of one substance, not its aliases: a polymer's monomers
    /// (`vp/va copolymer`), a ferment's substrates (`lactobacillus/honeysuckle flower/... ferment`),
    /// a plant's parts (`epilobium angustifolium flower/leaf/stem extract`).
    func joinsComponents(partWords: WordSet) -> Bool {
        Self.substanceWords.contains { ByteSearch.contains($0, in: stripped) }
            || slashParts.dropFirst().contains { part in
                let bytes = Array(part.utf8)
                let firstWord = bytes.prefix { $0 != 0x20 }
                return partWords.contains(bytes, 0..<firstWord.count)
            }
    }
}
