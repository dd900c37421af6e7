/// The media types the server reads and writes, and the little parsing `Content-Type` needs.
enum MediaTypes {
    static let json = "application/json"
    static let jsonLines = "application/x-ndjson"
    static let html = "text/html; charset=utf-8"
    static let form = "application/x-www-form-urlencoded"
    static let multipart = "multipart/form-data"

    /// What `POST /v1/scan` reads: the common names of JSON Lines, and plain JSON for clients
    /// (curl among them) that know no other.
    static let jsonLinesAccepted = [jsonLines, "application/jsonl", "application/json-lines", json]

    /// The type and subtype of a `Content-Type` value, lowercased, without parameters.
    static func essence(of contentType: String?) -> String? {
        guard let contentType else { return nil }
        let type = contentType.split(separator: ";", maxSplits: 1).first.map(String.init) ?? ""
        let trimmed = type.trimmingWhitespace().lowercased()
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A parameter of a `Content-Type` value (`boundary`), unquoted.
    static func parameter(_ name: String, in contentType: String) -> String? {
        for part in contentType.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == name else { continue }
            var value = pair[1].trimmingWhitespace()
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") {
                value = String(value.dropFirst().dropLast())
            }
            return value
        }
        return nil
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (header values carry no other whitespace).
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
