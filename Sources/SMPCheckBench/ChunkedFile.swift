import Foundation

/// Writes a generated catalog in megabyte chunks: millions of rows never sit in memory at once.
struct ChunkedFile {
    private let handle: FileHandle?
    private var chunk: [UInt8] = []
    /// Bytes written so far.
    private(set) var size = 0

    init(path: String) {
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        handle = FileHandle(forWritingAtPath: path)
    }

    mutating func append(_ bytes: some Sequence<UInt8>) {
        chunk.append(contentsOf: bytes)
        if chunk.count > 1 << 20 { flush() }
    }

    mutating func append(_ byte: UInt8) {
        chunk.append(byte)
    }

    /// Writes what is left and closes the file; returns its size (0 when it could not be opened).
    mutating func close() -> Int {
        flush()
        try? handle?.close()
        return handle == nil ? 0 : size
    }

    private mutating func flush() {
        handle?.write(Data(chunk))
        size += chunk.count
        chunk.removeAll(keepingCapacity: true)
    }
}
