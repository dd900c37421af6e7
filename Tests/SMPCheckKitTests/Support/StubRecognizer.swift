@testable import SMPCheckKit

/// A recognizer that knows only the names it is given, so a tokenizer test says which names are known
/// instead of depending on the lexicon's data. Each name is its own ingredient unless `aliases` makes
/// two keys one.
final class StubRecognizer: NameRecognizer {
    private let matches: [String: LexiconMatch]
    private let inciNames: Set<String>

    /// `names` are known as printed (exact, INCI names); `aliases` maps further keys to one of them.
    init(names: [String], aliases: [String: String] = [:]) {
        let lexicon = sharedChecker.lexicon
        var matches: [String: LexiconMatch] = [:]
        for (index, name) in names.enumerated() {
            matches[name] = LexiconMatch(
                kind: .exact, name: name.uppercased(), entries: [index], what: nil, in: lexicon)
        }
        for (alias, name) in aliases {
            let index = names.firstIndex(of: name)!
            matches[alias] = LexiconMatch(
                kind: .synonym, name: name.uppercased(), entries: [index], what: nil, in: lexicon)
        }
        self.matches = matches
        inciNames = Set(names)
    }

    func knownMatch(_ key: String) -> LexiconMatch? { matches[key] }
    func isINCIName(_ key: String) -> Bool { inciNames.contains(key) }
    func isListed(_ key: [UInt8]) -> Bool { matches[String(decoding: key, as: UTF8.self)] != nil }
}

/// Tokenizes `text` as a panel under a heading with a fresh tokenizer that knows only `recognizer`'s names.
func tokenize(_ text: String, knowing recognizer: StubRecognizer, runsOfNames: Bool = false) -> TokenizedList {
    let lexicon = sharedChecker.lexicon
    let bytes = Array(text.utf8)
    let tokenizer = Tokenizer(phrases: lexicon.phrases, normalizer: lexicon.normalizer)
    let structure = lexicon.phrases.structureMatcher.hits(in: bytes, range: 0..<bytes.count)
    let panel = Panel(ranges: [0..<bytes.count], heading: nil, origin: .heading, mayBeRunOn: runsOfNames)
    return tokenizer.tokenize(bytes, panel: panel, structure: structure, recognizer: recognizer)
}
