/// Decodes HTML character references in text that was copied or scraped from web pages
/// (`&amp;`, `&nbsp;`, `&#233;`, `&#x2019;`). Done before splitting, so `&lt;` never becomes
/// three fake ingredients at its `;`.
enum EntityDecoder {
    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "ndash": "–", "mdash": "—", "lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”",
        "bull": "•", "middot": "·", "hellip": "…", "trade": "™", "reg": "®", "copy": "©", "deg": "°",
        "sup1": "¹", "sup2": "²", "sup3": "³", "dagger": "†", "Dagger": "‡", "plusmn": "±", "times": "×",
        "eacute": "é", "egrave": "è", "ecirc": "ê", "euml": "ë", "aacute": "á", "agrave": "à", "acirc": "â",
        "auml": "ä", "aring": "å", "oacute": "ó", "ocirc": "ô", "ouml": "ö", "uacute": "ú", "ugrave": "ù",
        "ucirc": "û", "uuml": "ü", "iacute": "í", "icirc": "î", "iuml": "ï", "ccedil": "ç", "ntilde": "ñ",
        "szlig": "ß", "Eacute": "É", "Auml": "Ä", "Ouml": "Ö", "Uuml": "Ü", "micro": "µ", "frac12": "½",
        "shy": "", "zwj": "", "zwnj": "", "lrm": "", "rlm": "",
    ]

    /// Returns `text` with every recognised reference replaced; unknown ones stay as printed.
    static func decode(_ text: [UInt8]) -> [UInt8] {
        guard var ampersand = ByteSearch.firstIndex(of: UInt8(ascii: "&"), in: text, text.indices) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.count)
        // The text between references is copied a run at a time; most `&`s are "and", not references.
        var copied = 0
        while true {
            var resume = ampersand + 1
            if let (replacement, next) = reference(in: text, at: ampersand) {
                out.append(contentsOf: text[copied..<ampersand])
                out.append(contentsOf: replacement)
                copied = next
                resume = next
            }
            guard let found = ByteSearch.firstIndex(of: UInt8(ascii: "&"), in: text, resume..<text.count) else { break }
            ampersand = found
        }
        out.append(contentsOf: text[copied...])
        return out
    }

    /// The decoded bytes of the reference starting at `start` (an `&`) and the index after its `;`.
    private static func reference(in text: [UInt8], at start: Int) -> ([UInt8], Int)? {
        let limit = min(text.count, start + 12)
        var end = start + 1
        while end < limit, text[end] != UInt8(ascii: ";") {
            guard ByteClass.isASCIILetter(text[end]) || ByteClass.isDigit(text[end]) || text[end] == UInt8(ascii: "#")
            else {
                return nil
            }
            end += 1
        }
        guard end < limit, end > start + 1 else { return nil }
        let body = text[(start + 1)..<end]
        if body.first == UInt8(ascii: "#") {
            return codePoint(body.dropFirst()).map { (Array(String(Character($0)).utf8), end + 1) }
        }
        guard let value = named[String(decoding: body, as: UTF8.self)] else { return nil }
        return (Array(value.utf8), end + 1)
    }

    private static func codePoint(_ digits: ArraySlice<UInt8>) -> Unicode.Scalar? {
        let string = String(decoding: digits, as: UTF8.self)
        let value =
            string.first == "x" || string.first == "X"
            ? UInt32(string.dropFirst(), radix: 16) : UInt32(string, radix: 10)
        guard let value, value != 0 else { return nil }
        return Unicode.Scalar(value)
    }
}
