extension FormFields {
    /// The fields of a `multipart/form-data` body (RFC 7578), which a form with a file input sends.
    ///
    /// - Throws: `APIError` (400) when the body does not hold the parts its boundary announces.
    init(multipart body: [UInt8], boundary: String) throws(APIError) {
        guard !boundary.isEmpty, boundary.utf8.count <= 200 else {
            throw .badRequest("the multipart boundary is missing or too long")
        }
        let delimiter = Array("--\(boundary)".utf8)
        let crlf: [UInt8] = [13, 10]
        guard var cursor = Self.find(delimiter, in: body, from: 0) else {
            throw .badRequest("the multipart body has no part")
        }
        var fields: [Field] = []
        while true {
            cursor += delimiter.count
            // "--" right after a delimiter closes the body.
            if body[cursor...].starts(with: [45, 45]) { break }
            guard body[cursor...].starts(with: crlf) else { throw .badRequest("the multipart body is malformed") }
            cursor += 2
            guard let headerEnd = Self.find(crlf + crlf, in: body, from: cursor),
                let next = Self.find(crlf + delimiter, in: body, from: headerEnd + 4)
            else {
                throw .badRequest("the multipart body ends inside a part")
            }
            let headers = String(decoding: body[cursor..<headerEnd], as: UTF8.self)
            if let disposition = Self.contentDisposition(in: headers), let name = disposition.name {
                fields.append(
                    Field(name: name, value: Array(body[(headerEnd + 4)..<next]), filename: disposition.filename))
            }
            cursor = next + 2
        }
        self.init(fields: fields)
    }

    /// `name` and `filename` of a part's `Content-Disposition: form-data; name="..."; filename="..."`.
    private static func contentDisposition(in headers: String) -> (name: String?, filename: String?)? {
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingWhitespace().lowercased() == "content-disposition" else { continue }
            let value = String(pair[1])
            return (parameter("name", in: value), parameter("filename", in: value))
        }
        return nil
    }

    /// A quoted parameter value; browsers escape a `"` in a file name as `%22`.
    private static func parameter(_ name: String, in value: String) -> String? {
        var rest = Substring(value)
        while let range = rest.range(of: "\(name)=\"") {
            let before = rest[..<range.lowerBound].last
            // `name=` must not match the tail of `filename=`.
            guard before == nil || before == ";" || before == " " else {
                rest = rest[range.upperBound...]
                continue
            }
            let start = range.upperBound
            guard let end = rest[start...].firstIndex(of: "\"") else { return nil }
            return String(rest[start..<end])
        }
        return nil
    }

    /// The first index of `needle` in `haystack` at or after `start`.
    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            guard let candidate = haystack[index...last].firstIndex(of: first) else { return nil }
            if haystack[candidate..<(candidate + needle.count)].elementsEqual(needle) { return candidate }
            index = candidate + 1
        }
        return nil
    }
}
