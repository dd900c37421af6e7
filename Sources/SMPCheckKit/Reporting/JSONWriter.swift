/// A small streaming JSON writer over UTF-8 bytes, for reports written by the thousand: Foundation's
/// `JSONEncoder` builds a tree of boxed values first and costs several times more time and memory.
/// Keys are written in the order given, which callers keep sorted so output is byte-stable.
///
/// Use one writer as one value: a copy shares the written bytes but not the nesting state.
struct JSONWriter {
    private let output: Output
    private let pretty: Bool
    private var depth = 0
    /// Bit `d`: whether the container at depth `d` already holds a value (so the next one needs a
    /// comma). Reports nest a few levels deep; a bit set costs nothing per container.
    private var hasValue: UInt64 = 0

    init(pretty: Bool, capacity: Int = 1024) {
        self.pretty = pretty
        output = Output(capacity: capacity)
    }

    /// The bytes written so far.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: output.base, count: output.count)) }

    /// Appends the bytes written so far to `buffer`.
    func append(to buffer: inout [UInt8]) {
        buffer.append(contentsOf: UnsafeBufferPointer(start: output.base, count: output.count))
    }

    /// The writer's own growable memory: an append is a capacity test and a store, without the
    /// uniqueness check an array makes on every append (a scan writes gigabytes of JSON).
    private final class Output {
        private(set) var base: UnsafeMutablePointer<UInt8>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            self.capacity = max(64, capacity)
            base = .allocate(capacity: self.capacity)
        }

        deinit { base.deallocate() }

        @inline(__always) func append(_ byte: UInt8) {
            if count == capacity { grow(to: count + 1) }
            base[count] = byte
            count += 1
        }

        @inline(__always) func append(_ bytes: UnsafeBufferPointer<UInt8>) {
            reserve(bytes.count)
            put(bytes)
        }

        /// Room for `extra` more bytes, so the `put`s that follow need no checks.
        @inline(__always) func reserve(_ extra: Int) {
            if count + extra > capacity { grow(to: count + extra) }
        }

        @inline(__always) func put(_ byte: UInt8) {
            base[count] = byte
            count += 1
        }

        @inline(__always) func put(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let source = bytes.baseAddress else { return }
            (base + count).update(from: source, count: bytes.count)
            count += bytes.count
        }

        private func grow(to minimum: Int) {
            capacity = max(minimum, capacity * 2)
            let larger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            larger.update(from: base, count: count)
            base.deallocate()
            base = larger
        }
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
        output.reserve(utf8.count + 4)
        output.put(UInt8(ascii: "\""))
        output.put(utf8)
        output.put(UInt8(ascii: "\""))
        output.put(UInt8(ascii: ":"))
        if pretty { output.put(0x20) }
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
        // Native strings lend their bytes without a copy; others (bridged, say) are made native first.
        if value.utf8.withContiguousStorageIfAvailable({ string($0) }) == nil {
            var value = value
            value.withUTF8 { string($0) }
        }
    }

    private mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Room for the whole string and its quotes: only an escape needs more (and checks for it).
        output.reserve(utf8.count + 2)
        output.put(UInt8(ascii: "\""))
        if !ByteWord.any(in: UnsafeRawBufferPointer(utf8), padding: 0x20, Self.mayNeedEscape) {
            // Nearly every string: one test of its words, one copy.
            output.put(utf8)
        } else {
            // Copy runs of plain bytes at once; only quotes, backslashes and controls need escapes.
            var runStart = 0
            for index in utf8.indices {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == 0x7F else { continue }
                output.append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                escape(byte)
                runStart = index + 1
            }
            output.append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes may be a control, a quote, a backslash or DEL.
    @inline(__always) private static func mayNeedEscape(_ word: UInt64) -> Bool {
        ByteWord.bytes(below: 0x20, in: word) | ByteWord.bytes(equalTo: UInt8(ascii: "\""), in: word)
            | ByteWord.bytes(equalTo: UInt8(ascii: "\\"), in: word) | ByteWord.bytes(equalTo: 0x7F, in: word) != 0
    }

    private mutating func escape(_ byte: UInt8) {
        output.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): output.append(byte)
        case 0x0A: output.append(UInt8(ascii: "n"))
        case 0x0D: output.append(UInt8(ascii: "r"))
        case 0x09: output.append(UInt8(ascii: "t"))
        default:
            let hex: StaticString = "0123456789abcdef"
            raw("u00")
            output.append(hex.utf8Start[Int(byte >> 4)])
            output.append(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    mutating func number(_ value: Int) {
        if value < 0 { output.append(UInt8(ascii: "-")) }
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
            output.append(UnsafeBufferPointer(rebasing: buffer.bindMemory(to: UInt8.self)[(20 - count)...]))
        }
    }

    private mutating func raw(_ text: StaticString) {
        output.append(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        precondition(depth < 63, "JSON nested too deeply")
        output.append(bracket)
        depth += 1
        hasValue &= ~(1 << UInt64(depth))
    }

    private mutating func close(_ bracket: UInt8) {
        let hadValues = hasValue & (1 << UInt64(depth)) != 0
        depth -= 1
        if pretty && hadValues { newline() }
        output.append(bracket)
    }

    /// Before an array element or an object key: a comma after the previous one, and a new line.
    private mutating func separate() {
        if hasValue & (1 << UInt64(depth)) != 0 { output.append(UInt8(ascii: ",")) }
        hasValue |= 1 << UInt64(depth)
        if pretty { newline() }
    }

    private mutating func newline() {
        output.append(0x0A)
        for _ in 0..<(depth * 2) { output.append(0x20) }
    }
}
