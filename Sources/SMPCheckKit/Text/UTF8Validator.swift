/// Checks that bytes are well-formed UTF-8 (the Unicode Standard's table 3-7: no overlong forms,
/// no surrogates, nothing above U+10FFFF) where they lie.
///
/// `String(validating:as:)` answers the same question but first copies the bytes into a new string,
/// and every label of a catalog is checked: here ASCII runs go by eight bytes at a time and nothing
/// is allocated.
enum UTF8Validator {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { isValid($0) }
    }

    static func isValid(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let count = bytes.count
        var index = 0
        while index < count {
            if index + 8 <= count, !ByteWord.hasNonASCII(bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            guard let length = sequenceLength(lead, then: index + 1 < count ? bytes[index + 1] : 0),
                  index + length <= count
            else { return false }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }

    /// The length of a sequence opening with `lead` whose second byte is `second`, or nil when no
    /// well-formed sequence starts so: the second byte's range depends on the lead (table 3-7).
    private static func sequenceLength(_ lead: UInt8, then second: UInt8) -> Int? {
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: return nil
        }
        return (low...high).contains(second) ? length : nil
    }
}
