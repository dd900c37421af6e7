import Foundation

/// Catalog records from JSON Lines: one JSON object per line, the ingredient text and the id at
/// field paths (`--field product.ingredients`), found by name when not given.
struct JSONLinesReader: CatalogReader {
    private let file: CatalogFile
    private let options: CatalogOptions
    private var buffer: [UInt8]
    private var position = 0
    private var atEnd = false
    private var number = 0

    init(file: CatalogFile, prefix: [UInt8], options: CatalogOptions) {
        self.file = file
        self.options = options
        buffer = prefix
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
    }

    var offset: Int { file.offset }
    var size: Int { file.size }

    mutating func next() throws(SMPCheckError) -> CatalogRecord? {
        while true {
            guard let line = try nextLine() else { return nil }
            guard let line else {
                number += 1
                return CatalogRecord(number: number, id: nil, source: file.path, content: .error("the line is over the \(options.maximumRecordBytes)-byte limit"))
            }
            guard !line.allSatisfy(ByteClass.isSpace) else { continue }
            number += 1
            return record(from: line)
        }
    }

    private func record(from line: ArraySlice<UInt8>) -> CatalogRecord {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return CatalogRecord(number: number, id: nil, source: file.path, content: .error("not a JSON object"))
        }
        let id = Self.value(in: object, paths: options.idField.map { [$0] } ?? CatalogOptions.idNames).flatMap(Self.text)
        let paths = options.field.map { [$0] } ?? CatalogOptions.ingredientNames
        guard let value = Self.value(in: object, paths: paths) else {
            return CatalogRecord(number: number, id: id, source: file.path, content: .skipped("no field \(paths.prefix(4).joined(separator: ", "))"))
        }
        guard let text = Self.text(value) else {
            return CatalogRecord(number: number, id: id, source: file.path, content: .error("the ingredient field is not text"))
        }
        guard !text.allSatisfy(\.isWhitespace) else {
            return CatalogRecord(number: number, id: id, source: file.path, content: .skipped("the ingredient field is empty"))
        }
        return CatalogRecord(number: number, id: id, source: file.path, content: .label(LabelInput(text: text, source: file.path)))
    }

    /// The value at the first path present; a path is dotted (`product.inci`).
    private static func value(in object: [String: Any], paths: [String]) -> Any? {
        for path in paths {
            var current: Any? = object
            for part in path.split(separator: ".") { current = (current as? [String: Any])?[String(part)] }
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

    /// The next line without its end; `.some(nil)` for a line over the limit (skipped to its end).
    private mutating func nextLine() throws(SMPCheckError) -> ArraySlice<UInt8>?? {
        var scanned = position
        var tooLong = false
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 0x0A) {
                defer { position = newline + 1 }
                if tooLong { return .some(nil) }
                let end = newline > position && buffer[newline - 1] == 0x0D ? newline - 1 : newline
                return .some(buffer[position..<end])
            }
            if atEnd {
                guard position < buffer.count else { return nil }
                defer { position = buffer.count }
                return tooLong ? .some(nil) : .some(buffer[position...])
            }
            if buffer.count - position > options.maximumRecordBytes {
                // Keep reading to the end of the line without holding it.
                tooLong = true
                position = buffer.count
            }
            buffer.removeSubrange(0..<position)
            position = 0
            scanned = buffer.count
            if try file.read(into: &buffer, count: 1 << 18) == 0 { atEnd = true }
        }
    }
}
