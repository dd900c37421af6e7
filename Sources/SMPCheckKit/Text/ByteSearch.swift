#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finding bytes in a buffer with the C library's `memchr`, which compares many bytes per
/// instruction: every label is screened for markup and entity marks, and almost none has them; the
/// lexicon's data files are split into lines and cells at every start; names are screened for words
/// inside them (Foundation's `String.contains` goes through `CFString` and costs a hundred times more).
enum ByteSearch {
    /// The index of the first `byte` in `bytes[range]`, if any.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        bytes.withUnsafeBufferPointer { firstIndex(of: byte, in: $0, range) }
    }

    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        guard !range.isEmpty, let base = bytes.baseAddress,
            let found = memchr(base + range.lowerBound, Int32(byte), range.count)
        else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// Where `needle`'s bytes first occur in `haystack` from `start` on: each place its first byte
    /// occurs is compared.
    static func firstIndex(
        of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> Int? {
        guard let first = needle.first else { return start }
        var start = start
        while haystack.count - start >= needle.count,
            let found = firstIndex(of: first, in: haystack, start..<(haystack.count - needle.count + 1))
        {
            if memcmp(haystack.baseAddress! + found, needle.baseAddress!, needle.count) == 0 { return found }
            start = found + 1
        }
        return nil
    }

    /// Whether `needle`'s bytes occur in `haystack`'s.
    static func contains(_ needle: String, in haystack: String) -> Bool {
        var needle = needle
        var haystack = haystack
        return haystack.withUTF8 { haystack in needle.withUTF8 { firstIndex(of: $0, in: haystack, from: 0) != nil } }
    }
}
