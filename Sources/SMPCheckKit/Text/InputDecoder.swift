/// Turns raw input bytes into valid UTF-8 text, refusing what is plainly not a label.
///
/// Handles byte-order marks (UTF-8, UTF-16 LE/BE), repairs damaged text rather than failing (see
/// `TextRepairs`: real copied and scraped labels carry stray control characters and bytes), and
/// rejects binary files: a known file signature, NULs in quantity, or control characters in bulk.
struct InputDecoder: Sendable {
    var maximumBytes: Int

    func decode(_ input: LabelInput) throws(SMPCheckError) -> (bytes: [UInt8], repairs: TextRepairs) {
        let bytes = input.bytes
        guard bytes.count <= maximumBytes else {
            throw .inputTooLarge(source: input.source, bytes: bytes.count, limit: maximumBytes)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try validated(Array(bytes.dropFirst(3)), input.source) }
        if bytes.starts(with: [0xFF, 0xFE]) { return (utf16(bytes.dropFirst(2), littleEndian: true), TextRepairs()) }
        if bytes.starts(with: [0xFE, 0xFF]) { return (utf16(bytes.dropFirst(2), littleEndian: false), TextRepairs()) }
        return try validated(bytes, input.source)
    }

    private func validated(_ bytes: [UInt8], _ source: String) throws(SMPCheckError) -> (
        bytes: [UInt8], repairs: TextRepairs
    ) {
        let controls = Self.controlCount(bytes)
        if Self.looksBinary(bytes, controls: controls) { throw .binaryInput(source: source) }
        // Most labels are clean UTF-8 already, and are used as they are.
        if controls.any == 0, UTF8Validator.isValid(bytes) { return (bytes, TextRepairs()) }
        return TextRepairs.repairing(bytes)
    }

    /// File signatures of what people save by mistake instead of a label: PDF, images, archives, programs.
    private static let signatures: [[UInt8]] = [
        Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], [0xFF, 0xD8, 0xFF], Array("GIF8".utf8), [0x50, 0x4B, 0x03, 0x04],
        [0x1F, 0x8B], [0x7F, 0x45, 0x4C, 0x46], [0x25, 0x21, 0x50, 0x53], Array("RIFF".utf8), [0x00, 0x61, 0x73, 0x6D],
    ]

    /// What control characters say about the bytes: how many need repair anywhere, and in the first 8 KiB how
    /// many NULs and how many others that no damaged label carries in bulk (escape and form feed aside).
    private struct ControlCount {
        var any = 0
        var nuls = 0
        var others = 0
        var sample = 0
    }

    /// Binary: a file signature, NULs in a quarter of the sample (UTF-16 without a mark, or data), or other
    /// control characters in more than one byte in twenty. A stray NUL or a few escapes are damage, not binary.
    private static func looksBinary(_ bytes: [UInt8], controls: ControlCount) -> Bool {
        signatures.contains { bytes.starts(with: $0) } || controls.nuls * 4 > controls.sample
            || (controls.nuls + controls.others) * 20 > controls.sample
    }

    private static func controlCount(_ bytes: [UInt8]) -> ControlCount {
        bytes.withUnsafeBytes { raw in
            var count = ControlCount(sample: min(bytes.count, 8192))
            var index = 0
            while index < raw.count {
                let end = min(index + 8, raw.count)
                // A word without a control character needs no closer look.
                if end == index + 8,
                    ByteWord.bytes(below: 0x20, in: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) == 0
                {
                    index = end
                    continue
                }
                for offset in index..<end {
                    let byte = raw[offset]
                    guard byte < 0x20, byte != 0x09, byte != 0x0A, byte != 0x0D else { continue }
                    count.any += 1
                    guard offset < count.sample else { continue }
                    if byte == 0 {
                        count.nuls += 1
                    } else if byte != 0x1B, byte != 0x0C {
                        count.others += 1
                    }
                }
                index = end
            }
            return count
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
