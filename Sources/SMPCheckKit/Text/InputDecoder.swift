/// Turns raw input bytes into valid UTF-8 text, refusing what is plainly not a label.
///
/// Handles byte-order marks (UTF-8, UTF-16 LE/BE), repairs invalid UTF-8 with U+FFFD rather than
/// failing (real scraped data has stray bytes), and rejects binary files.
struct InputDecoder: Sendable {
    var maximumBytes: Int

    func decode(_ input: LabelInput) throws(SMPCheckError) -> [UInt8] {
        let bytes = input.bytes
        guard bytes.count <= maximumBytes else {
            throw .inputTooLarge(source: input.source, bytes: bytes.count, limit: maximumBytes)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try validated(Array(bytes.dropFirst(3)), input.source) }
        if bytes.starts(with: [0xFF, 0xFE]) { return utf16(bytes.dropFirst(2), littleEndian: true) }
        if bytes.starts(with: [0xFE, 0xFF]) { return utf16(bytes.dropFirst(2), littleEndian: false) }
        return try validated(bytes, input.source)
    }

    private func validated(_ bytes: [UInt8], _ source: String) throws(SMPCheckError) -> [UInt8] {
        if looksBinary(bytes) { throw .binaryInput(source: source) }
        // Most labels are valid UTF-8 already, and are used as they are.
        if UTF8Validator.isValid(bytes) { return bytes }
        return Array(String(decoding: bytes, as: UTF8.self).utf8)
    }

    /// A label never holds NUL bytes, and only a sprinkle of other control characters.
    private func looksBinary(_ bytes: [UInt8]) -> Bool {
        let count = min(bytes.count, 8192)
        return bytes.withUnsafeBytes { raw in
            var controls = 0
            var index = 0
            while index < count {
                let end = min(index + 8, count)
                // A word without a control character needs no closer look.
                if end == index + 8,
                    ByteWord.bytes(below: 0x20, in: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0
                {
                    index = end
                    continue
                }
                for byte in raw[index..<end] {
                    if byte == 0 { return true }
                    if byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D, byte != 0x0C { controls += 1 }
                }
                index = end
            }
            return controls * 20 > count
        }
    }

    private func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return Array(String(decoding: units, as: UTF16.self).utf8)
    }
}
