/// Cuts a byte stream that arrives in pieces into lines, holding at most one line in memory.
///
/// A line longer than the limit is not kept: its bytes are counted and dropped up to the next
/// newline, so one huge record costs no memory and the lines after it still come out. JSON Lines
/// catalogs are read through it, and so are JSON Lines request bodies of a service.
public struct LineSplitter: Sendable {
    public enum Line: Equatable, Sendable {
        /// The line's bytes, without the newline (and without a `\r` before it).
        case line([UInt8])
        /// A line over the limit, with its length.
        case tooLong(bytes: Int)
    }

    public let maximumLineBytes: Int
    // Inlinable, with what it touches: the service splits request bodies through it from another
    // module, and a generic call there would find each newline and copy each byte through witnesses.
    @usableFromInline var current: [UInt8] = []
    /// The length of the current line when it has passed the limit; nil while it fits.
    @usableFromInline var overflow: Int?

    public init(maximumLineBytes: Int) { self.maximumLineBytes = maximumLineBytes }

    /// The lines completed by `bytes`, in order.
    @inlinable public mutating func append(_ bytes: some Collection<UInt8>) -> [Line] {
        var lines: [Line] = []
        var start = bytes.startIndex
        while start != bytes.endIndex {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
            take(bytes[start..<(newline ?? bytes.endIndex)])
            guard let newline else { break }
            lines.append(endLine())
            start = bytes.index(after: newline)
        }
        return lines
    }

    /// The last line when the stream does not end with a newline.
    @inlinable public mutating func finish() -> Line? {
        current.isEmpty && overflow == nil ? nil : endLine()
    }

    @inlinable mutating func take(_ piece: some Collection<UInt8>) {
        if let length = overflow {
            overflow = length + piece.count
        } else if current.count + piece.count > maximumLineBytes {
            overflow = current.count + piece.count
            current = []
        } else {
            current.append(contentsOf: piece)
        }
    }

    @inlinable mutating func endLine() -> Line {
        defer {
            current = []
            overflow = nil
        }
        if let length = overflow { return .tooLong(bytes: length) }
        if current.last == UInt8(ascii: "\r") { current.removeLast() }
        return .line(current)
    }
}
