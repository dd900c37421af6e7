#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finding one byte in a buffer with the C library's `memchr`, which compares many bytes per
/// instruction: every label is screened for markup and entity marks, and almost none has them.
enum ByteSearch {
    /// The index of the first `byte` in `bytes[range]`, if any.
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard !range.isEmpty else { return nil }
        return bytes.withUnsafeBytes { raw in
            guard let base = raw.baseAddress, let found = memchr(base + range.lowerBound, Int32(byte), range.count) else {
                return nil
            }
            return base.distance(to: UnsafeRawPointer(found))
        }
    }
}
