import CLibXML2

/// Catalog records from an XML product feed (Google Merchant RSS `<item>` with `g:id` and
/// `g:description`, Atom `<entry>`, or any `--record-element`), read with libxml2's streaming
/// reader: one record's fields at a time, never the whole document as a tree.
///
/// The parser fetches nothing (no network, no DTD loading) and does not substitute entities, so
/// external entities and expansion bombs stay inert text.
final class XMLFeedReader: FileCatalogReader {
    private let input: Input
    private let reader: xmlTextReaderPtr
    private let recordElements: [String]
    private let textFields: [String]
    private let idFields: [String]
    /// Elements with the product's name and type, read together as its name.
    private let productFields: [String]
    private var number = 0
    /// A break found inside a record: that record is reported as an error, then reading stops.
    private var pendingFailure: SMPCheckError?

    /// Feeds libxml2 the bytes already read for format detection, then the rest of the file.
    private final class Input {
        let file: CatalogFile
        var pending: [UInt8]
        var failure: SMPCheckError?

        init(file: CatalogFile, pending: [UInt8]) {
            self.file = file
            self.pending = pending
        }

        func read(into destination: UnsafeMutablePointer<CChar>, count: Int) -> Int32 {
            if pending.isEmpty {
                do throws(SMPCheckError) {
                    _ = try file.read(into: &pending, count: count)
                } catch {
                    failure = error
                    return -1
                }
            }
            let length = min(count, pending.count)
            pending.withUnsafeBytes { bytes in
                UnsafeMutableRawPointer(destination).copyMemory(from: bytes.baseAddress!, byteCount: length)
            }
            pending.removeSubrange(0..<length)
            return Int32(length)
        }
    }

    init(file: CatalogFile, prefix: [UInt8], options: CatalogOptions, fields: CatalogFields) throws(SMPCheckError) {
        smp_xml_silence_errors()
        input = Input(file: file, pending: prefix)
        let context = Unmanaged.passUnretained(input).toOpaque()
        let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue)
        guard
            let reader = xmlReaderForIO(
                { context, buffer, length in
                    guard let context, let buffer else { return -1 }
                    return Unmanaged<Input>.fromOpaque(context).takeUnretainedValue().read(
                        into: buffer, count: Int(length))
                }, nil, context, nil, nil, parseOptions)
        else {
            throw .unreadableInput(source: file.path, reason: "cannot start the XML reader")
        }
        self.reader = reader
        recordElements = options.recordElement.map { [$0] } ?? fields.feedRecord
        textFields =
            options.field.map { [$0] } ?? fields.feedText
        idFields = options.idField.map { [$0] } ?? fields.feedID
        productFields = fields.product
    }

    deinit { xmlFreeTextReader(reader) }

    var file: CatalogFile { input.file }

    func next() throws(SMPCheckError) -> PendingRecord? {
        if let pendingFailure { throw pendingFailure }
        while true {
            switch xmlTextReaderRead(reader) {
            case 1:
                guard isStart(), let name = name(), recordElements.contains(name) else { continue }
                number += 1
                return .ready(record())
            case 0:
                return nil
            default:
                throw failure()
            }
        }
    }

    /// Reads the fields of the record element the reader stands on, up to its end tag.
    private func record() -> CatalogRecord {
        let depth = xmlTextReaderDepth(reader)
        var fields: [String: String] = [:]
        if xmlTextReaderIsEmptyElement(reader) == 0 {
            while true {
                let status = xmlTextReaderRead(reader)
                guard status == 1 else {
                    if status == 0 { break }
                    let failure = failure()
                    pendingFailure = failure
                    return CatalogRecord(
                        number: number, id: nil, source: input.file.path, content: .error(failure.description))
                }
                if xmlTextReaderDepth(reader) <= depth { break }
                guard isStart(), let name = name(), fields[name] == nil,
                    textFields.contains(name) || idFields.contains(name) || productFields.contains(name)
                else { continue }
                fields[name] = string()
            }
        }
        let id = idFields.lazy.compactMap { fields[$0] }.first { !$0.isEmpty }
        guard let text = textFields.lazy.compactMap({ fields[$0] }).first(where: { !$0.allSatisfy(\.isWhitespace) })
        else {
            return CatalogRecord(
                number: number, id: id, source: input.file.path,
                content: .skipped("no \(textFields.prefix(4).joined(separator: ", ")) element"))
        }
        let product = productFields.compactMap { fields[$0] }.filter { !$0.allSatisfy(\.isWhitespace) }
        return CatalogRecord(
            number: number, id: id, source: input.file.path,
            content: .label(
                LabelInput(
                    text: text, source: input.file.path,
                    productName: product.isEmpty ? nil : product.joined(separator: " — "))))
    }

    private func isStart() -> Bool { xmlTextReaderNodeType(reader) == Int32(XML_READER_TYPE_ELEMENT.rawValue) }

    /// The element's name as written (`g:description`).
    private func name() -> String? {
        xmlTextReaderConstName(reader).map { String(cString: $0) }
    }

    private func string() -> String {
        guard let value = xmlTextReaderReadString(reader) else { return "" }
        defer { smp_xml_free(value) }
        return String(cString: value)
    }

    private func failure() -> SMPCheckError {
        if let failure = input.failure { return failure }
        let line = xmlTextReaderGetParserLineNumber(reader)
        return .unreadableInput(
            source: input.file.path, reason: "the XML is broken near line \(line); stopped after record \(number)")
    }
}
