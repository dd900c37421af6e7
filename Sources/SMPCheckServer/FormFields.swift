/// The fields of a web form: from a query string, an `application/x-www-form-urlencoded` body or
/// a `multipart/form-data` body. Values stay bytes: a label is read as bytes, whatever its encoding.
struct FormFields: Sendable, Equatable {
    struct Field: Sendable, Equatable {
        var name: String
        var value: [UInt8]
        /// The file name of an uploaded file (multipart only).
        var filename: String?
    }

    var fields: [Field] = []

    /// The first field with this name.
    subscript(name: String) -> Field? { fields.first { $0.name == name } }

    /// The first field's value as text, trimmed; nil when absent or empty.
    func text(_ name: String) -> String? {
        guard let value = self[name]?.value else { return nil }
        let text = String(decoding: value, as: UTF8.self).trimmingWhitespace()
        return text.isEmpty ? nil : text
    }

    /// `name=value&...` with `+` for spaces and `%XX` escapes, as browsers encode forms.
    init(urlEncoded bytes: some Collection<UInt8>) {
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(decoding: Self.percentDecoded(parts[0]), as: UTF8.self)
            fields.append(Field(name: name, value: parts.count > 1 ? Self.percentDecoded(parts[1]) : []))
        }
    }

    init(fields: [Field]) { self.fields = fields }

    /// A malformed escape (`%G1`, a `%` at the end) is kept as written, as browsers do.
    static func percentDecoded(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let bytes = Array(bytes)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "+") {
                result.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                result.append(high << 4 | low)
                index += 2
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
