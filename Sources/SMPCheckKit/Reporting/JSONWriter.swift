/// A small streaming JSON writer over UTF-8 bytes, for reports written by the thousand: Foundation's
/// `JSONEncoder` builds a tree of boxed values first and costs several times more time and memory.
/// Keys are written in the order given, which callers keep sorted so output is byte-stable.
///
/// Noncopyable, and owner of its memory: an append is a capacity test and a store into fields the
/// compiler keeps in registers, with no uniqueness check (as an array makes) and no reference to
/// retain (as a class buffer needs). A scan writes gigabytes of JSON through these few functions.
struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    private let pretty: Bool
    private var depth = 0
    /// Bit `d`: whether the container at depth `d` already holds a value (so the next one needs a
    /// comma). Reports nest a few levels deep; a bit set costs nothing per container.
    private var hasValue: UInt64 = 0

    init(pretty: Bool, capacity: Int = 1024) {
        self.pretty = pretty
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(written) }

    /// Appends the bytes written so far to `buffer`.
    func append(to buffer: inout [UInt8]) {
        buffer.append(contentsOf: written)
    }

    private var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    // MARK: Memory

    @inline(__always) private mutating func append(_ byte: UInt8) {
        reserve(1)
        put(byte)
    }

    @inline(__always) private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        reserve(bytes.count)
        put(bytes)
    }

    /// Room for `extra` more bytes, so the `put`s that follow need no checks.
    @inline(__always) private mutating func reserve(_ extra: Int) {
        // Wrapping arithmetic: counts are sizes of memory already allocated, far from overflowing.
        if count &+ extra > capacity { grow(to: count &+ extra) }
    }

    @inline(__always) private mutating func put(_ byte: UInt8) {
        base[count] = byte
        count &+= 1
    }

    @inline(__always) private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if bytes.count <= 16 {
            Self.copyShort(
                from: UnsafeRawPointer(source), to: UnsafeMutableRawPointer(base + count), count: bytes.count)
        } else {
            (base + count).update(from: source, count: bytes.count)
        }
        count &+= bytes.count
    }

    /// Copies at most 16 bytes with two overlapping word (or half-word) moves. Most of what a
    /// report writes is keys and short values, and a `memmove` call costs more than such a copy.
    @inline(__always)
    private static func copyShort(from source: UnsafeRawPointer, to target: UnsafeMutableRawPointer, count: Int) {
        if count >= 8 {
            let head = source.loadUnaligned(as: UInt64.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 {
            let head = source.loadUnaligned(as: UInt32.self)
            let tail = source.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else {
            for offset in 0..<count {
                target.storeBytes(
                    of: source.load(fromByteOffset: offset, as: UInt8.self), toByteOffset: offset, as: UInt8.self)
            }
        }
    }

    private mutating func grow(to minimum: Int) {
        capacity = max(minimum, capacity * 2)
        let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        larger.update(from: base, count: count)
        base.deallocate()
        base = larger
    }

    // MARK: Containers

    @inline(__always)
    mutating func object(_ body: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    @inline(__always)
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
    @inline(__always)
    mutating func key(_ name: StaticString) {
        let utf8 = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        assert(!utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") })
        separate()
        reserve(utf8.count &+ 4)
        put(UInt8(ascii: "\""))
        put(utf8)
        put(UInt8(ascii: "\""))
        put(UInt8(ascii: ":"))
        if pretty { put(0x20) }
    }

    @inline(__always)
    mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        string(value)
    }
    @inline(__always)
    mutating func field(_ name: StaticString, _ value: Int) {
        key(name)
        number(value)
    }
    @inline(__always)
    mutating func field(_ name: StaticString, _ value: Bool) {
        key(name)
        raw(value ? "true" : "false")
    }

    @inline(__always)
    mutating func field(_ name: StaticString, _ value: String?, omitNil: Bool) {
        if let value { field(name, value) } else { missing(name, omitNil: omitNil) }
    }

    @inline(__always)
    mutating func field(_ name: StaticString, _ value: Int?, omitNil: Bool) {
        if let value { field(name, value) } else { missing(name, omitNil: omitNil) }
    }

    @inline(__always)
    mutating func field(_ name: StaticString, _ value: QuotedText) {
        key(name)
        string(value)
    }

    @inline(__always)
    mutating func field(_ name: StaticString, _ value: some JSONLiteral) {
        key(name)
        raw(value.jsonLiteral)
    }

    @inline(__always)
    mutating func field(_ name: StaticString, _ value: QuotedText?, omitNil: Bool) {
        if let value { field(name, value) } else { missing(name, omitNil: omitNil) }
    }

    /// A field without a value: `"name": null`, or nothing at all when `omitNil`.
    private mutating func missing(_ name: StaticString, omitNil: Bool) {
        if !omitNil {
            key(name)
            raw("null")
        }
    }

    // MARK: Values

    @inline(__always)
    mutating func string(_ value: String) {
        withUTF8(of: value) { $0.string($1) }
    }

    /// A string its maker found needs no escaping (`mayNeedEscaping` said false): quotes and one copy.
    @inline(__always)
    mutating func string(_ value: String, plain: Bool) {
        guard plain else { return string(value) }
        withUTF8(of: value) { $0.quoted($1) }
    }

    /// Native strings lend their bytes without a copy; others (bridged, say) are made native first.
    @inline(__always)
    private mutating func withUTF8(of value: String, _ body: (inout JSONWriter, UnsafeBufferPointer<UInt8>) -> Void) {
        if value.utf8.withContiguousStorageIfAvailable({ body(&self, $0) }) == nil {
            var value = value
            value.withUTF8 { body(&self, $0) }
        }
    }

    /// Writes `value`, or copies the literal the writer made of it the last time: a report names the
    /// same section for nearly every ingredient and finding. `last` is the caller's, one per text kind.
    @inline(__always)
    mutating func string(_ value: String, repeating last: inout RepeatedString?) {
        if let last, last.text == value {
            reserve(last.literal.count)
            // `reserve` may have moved the buffer; the literal's offsets stay valid in the new one.
            put(UnsafeBufferPointer(start: base + last.literal.lowerBound, count: last.literal.count))
        } else {
            let start = count
            string(value)
            last = RepeatedString(text: value, literal: start..<count)
        }
    }

    /// A text written once, and where its literal lies in the output.
    struct RepeatedString {
        let text: String
        let literal: Range<Int>
    }

    /// False when `text` holds no byte a JSON string must escape (a quote, a backslash, a control);
    /// true when it may hold one.
    static func mayNeedEscaping(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { ByteWord.any(in: UnsafeRawBufferPointer($0), padding: 0x20, mayNeedEscape) }
    }

    @inline(__always)
    private mutating func quoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        reserve(utf8.count &+ 2)
        put(UInt8(ascii: "\""))
        put(utf8)
        put(UInt8(ascii: "\""))
    }

    /// `text` as a JSON string literal on its own, quotes included.
    static func literal(_ text: String) -> [UInt8] {
        var writer = JSONWriter(pretty: false, capacity: text.utf8.count + 2)
        writer.string(text)
        return writer.bytes
    }

    /// A string quoted beforehand: a copy, with no test for escapes.
    @inline(__always)
    mutating func string(_ value: QuotedText) {
        value.json.withUnsafeBufferPointer { append($0) }
    }

    private mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Room for the whole string and its quotes: only an escape needs more (and checks for it).
        reserve(utf8.count &+ 2)
        put(UInt8(ascii: "\""))
        if !ByteWord.any(in: UnsafeRawBufferPointer(utf8), padding: 0x20, Self.mayNeedEscape) {
            // Nearly every string: one test of its words, one copy.
            put(utf8)
        } else {
            // Copy runs of plain bytes at once; only quotes, backslashes and controls need escapes.
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else {
                    continue
                }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes may be a control, a quote, a backslash or DEL.
    @inline(__always) private static func mayNeedEscape(_ word: UInt64) -> Bool {
        ByteWord.bytes(below: 0x20, in: word) | ByteWord.bytes(equalTo: UInt8(ascii: "\""), in: word)
            | ByteWord.bytes(equalTo: UInt8(ascii: "\\"), in: word) | ByteWord.bytes(equalTo: 0x7F, in: word) != 0
    }

    private mutating func escape(_ byte: UInt8) {
        append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): append(byte)
        case 0x0A: append(UInt8(ascii: "n"))
        case 0x0D: append(UInt8(ascii: "r"))
        case 0x09: append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("u00")
            append(hex.utf8Start[Int(byte >> 4)])
            append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    mutating func number(_ value: Int) {
        // Positions and counts: nearly every number a report writes has one or two digits.
        if value >= 0, value < 100 {
            reserve(2)
            if value >= 10 { put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value / 10)) }
            put(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10))
            return
        }
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digits:
            (
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
            ) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[19 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0
            append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(20 - count)...]))
        }
    }

    private mutating func raw(_ text: StaticString) {
        append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: Layout

    @inline(__always)
    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 63, "JSON nested too deeply")
        append(bracket)
        depth += 1
        hasValue &= ~(1 &<< UInt64(depth))
    }

    @inline(__always)
    private mutating func close(_ bracket: UInt8) {
        let hadValues = hasValue & (1 &<< UInt64(depth)) != 0
        depth -= 1
        if pretty && hadValues { newline() }
        append(bracket)
    }

    /// Before an array element or an object key: a comma after the previous one, and a new line.
    @inline(__always)
    private mutating func separate() {
        if hasValue & (1 &<< UInt64(depth)) != 0 { append(UInt8(ascii: ",")) }
        hasValue |= 1 &<< UInt64(depth)
        if pretty { newline() }
    }

    private mutating func newline() {
        append(0x0A)
        for _ in 0..<(depth * 2) { append(0x20) }
    }
}
