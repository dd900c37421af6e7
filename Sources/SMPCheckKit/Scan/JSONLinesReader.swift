import Foundation

/// Catalog records from JSON Lines: one JSON object per line, the ingredient text and the id at
/// field paths (`--field product.ingredients`), found by name when not given.
struct JSONLinesReader: CatalogReader {
    let file: CatalogFile
    private let options: CatalogOptions
    /// The field paths tried, as given (for messages) and split at their dots once, not per record.
    private let ingredientFields: [String]
    private let ingredientPaths: [[String]]
    private let idPaths: [[String]]
    private var splitter: LineSplitter
    /// Lines split from the chunks read so far, not yet returned.
    private var lines: [LineSplitter.Line]
    private var nextLineIndex = 0
    private var atEnd = false
    private var number = 0

    init(file: CatalogFile, prefix: [UInt8], options: CatalogOptions) {
        self.file = file
        self.options = options
        ingredientFields = options.field.map { [$0] } ?? CatalogOptions.ingredientNames
        ingredientPaths = ingredientFields.map(Self.split)
        idPaths = (options.idField.map { [$0] } ?? CatalogOptions.idNames).map(Self.split)
        splitter = LineSplitter(maximumLineBytes: options.maximumRecordBytes)
        lines = splitter.append(prefix.starts(with: [0xEF, 0xBB, 0xBF]) ? prefix.dropFirst(3) : prefix[...])
    }

    mutating func next() throws(SMPCheckError) -> CatalogRecord? {
        while let line = try nextLine() {
            switch line {
            case .tooLong:
                number += 1
                return CatalogRecord(number: number, id: nil, source: file.path,
                                     content: .error("the line is over the \(options.maximumRecordBytes)-byte limit"))
            case let .line(bytes):
                guard !bytes.allSatisfy(ByteClass.isSpace) else { continue }
                number += 1
                return record(from: bytes)
            }
        }
        return nil
    }

    private func record(from line: [UInt8]) -> CatalogRecord {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return CatalogRecord(number: number, id: nil, source: file.path, content: .error("not a JSON object"))
        }
        let id = Self.value(in: object, paths: idPaths).flatMap(Self.text)
        guard let value = Self.value(in: object, paths: ingredientPaths) else {
            return CatalogRecord(number: number, id: id, source: file.path,
                                 content: .skipped("no field \(ingredientFields.prefix(4).joined(separator: ", "))"))
        }
        guard let text = Self.text(value) else {
            return CatalogRecord(number: number, id: id, source: file.path, content: .error("the ingredient field is not text"))
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            return CatalogRecord(number: number, id: id, source: file.path, content: .skipped("the ingredient field is empty"))
        }
        return CatalogRecord(number: number, id: id, source: file.path, content: .label(LabelInput(text: text, source: file.path)))
    }

    /// A dotted path (`product.inci`) as its keys.
    private static func split(_ path: String) -> [String] { path.split(separator: ".").map(String.init) }

    /// The value at the first path present.
    private static func value(in object: [String: Any], paths: [[String]]) -> Any? {
        for path in paths {
            var current: Any? = object
            for key in path { current = (current as? [String: Any])?[key] }
            if let current, !(current is NSNull) { return current }
        }
        return nil
    }

    /// Strings as they are; numbers (ids, barcodes) as printed; arrays of strings joined as a list.
    private static func text(_ value: Any) -> String? {
        switch value {
        case let string as String: string
        case let number as NSNumber: number.stringValue
        case let strings as [String]: strings.joined(separator: ", ")
        default: nil
        }
    }

    /// The next line, reading another chunk of the file when the ones read are used up.
    private mutating func nextLine() throws(SMPCheckError) -> LineSplitter.Line? {
        while nextLineIndex == lines.count {
            guard !atEnd else { return nil }
            var chunk: [UInt8] = []
            if try file.read(into: &chunk, count: 1 << 18) == 0 {
                atEnd = true
                lines = splitter.finish().map { [$0] } ?? []
            } else {
                lines = splitter.append(chunk)
            }
            nextLineIndex = 0
        }
        defer { nextLineIndex += 1 }
        return lines[nextLineIndex]
    }
}
