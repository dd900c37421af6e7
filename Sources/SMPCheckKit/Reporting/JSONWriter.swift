/// A small streaming JSON writer over UTF-8 bytes, for reports written by the thousand: Foundation's
/// `JSONEncoder` builds a tree of boxed values first and costs several times more time and memory.
/// Keys are written in the order given, which callers keep sorted so output is byte-stable.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private let pretty: Bool
    private var depth = 0
    /// Bit `d`: whether the container at depth `d` already holds a value (so the next one needs a
    /// comma). Reports nest a few levels deep; a bit set costs nothing per container.
    private var hasValue: UInt64 = 0

    init(pretty: Bool, capacity: Int = 1024) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    /// A writer that appends to `buffer`; `takeBytes()` hands it back.
    init(pretty: Bool, appendingTo buffer: [UInt8]) {
        self.pretty = pretty
        bytes = buffer
    }

    /// The bytes written, leaving the writer empty: the caller gets the only reference, so appending
    /// to the result does not copy it.
    mutating func takeBytes() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<S: Sequence>(_ items: S, _ body: (inout JSONWriter, S.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            separate()
            body(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// Writes `"key": ` inside an object; the value written next belongs to it. Keys are the
    /// program's own literals, which need no escaping and are copied straight from the binary.
    mutating func key(_ name: StaticString) {
        let utf8 = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        assert(!utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: utf8)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(0x20) }
    }

    mutating func field(_ name: StaticString, _ value: String) { key(name); string(value) }
    mutating func field(_ name: StaticString, _ value: Int) { key(name); number(value) }
    mutating func field(_ name: StaticString, _ value: Bool) { key(name); raw(value ? "true" : "false") }

    mutating func field(_ name: StaticString, _ value: String?, omitNil: Bool) {
        guard let value else {
            if !omitNil { key(name); raw("null") }
            return
        }
        field(name, value)
    }

    mutating func field<Values: Sequence>(_ name: StaticString, strings: Values) where Values.Element == String {
        key(name)
        array(strings) { writer, value in writer.string(value) }
    }

    // MARK: Values

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            // Copy runs of plain bytes at once; only quotes, backslashes and controls need escapes.
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
        case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
        case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
        case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
        case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: Array("\\u00".utf8))
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0x0F)])
        }
    }

    mutating func number(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    private mutating func raw(_ text: String) {
        bytes.append(contentsOf: Array(text.utf8))
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 63, "JSON nested too deeply")
        bytes.append(bracket)
        depth += 1
        hasValue &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ bracket: UInt8) {
        let hadValues = hasValue & (1 << UInt64(depth)) != 0
        depth -= 1
        if pretty && hadValues { newline() }
        bytes.append(bracket)
    }

    /// Before an array element or an object key: a comma after the previous one, and a new line.
    private mutating func separate() {
        if hasValue & (1 << UInt64(depth)) != 0 { bytes.append(UInt8(ascii: ",")) }
        hasValue |= 1 << UInt64(depth)
        if pretty { newline() }
    }

    private mutating func newline() {
        bytes.append(0x0A)
        bytes.append(contentsOf: repeatElement(0x20, count: depth * 2))
    }
}
