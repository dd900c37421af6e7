import CZlib
import Foundation

/// A catalog export opened for streaming: plain or gzip-compressed (zlib tells them apart by their
/// first bytes, so `catalog.csv.gz` needs no flag), read in chunks so memory stays flat; or an
/// export already in memory (a request body, a fuzzer's input), read as it is.
final class CatalogFile {
    let path: String
    /// Size on disk, for progress estimates (0 for stdin).
    let size: Int
    private let handle: gzFile?
    private let bytes: [UInt8]
    private var position = 0

    /// An export in memory, named `name` in messages.
    init(bytes: [UInt8], name: String) {
        path = name
        size = bytes.count
        self.bytes = bytes
        handle = nil
    }

    /// Opens `path`, or standard input for `-`.
    init(path: String) throws(SMPCheckError) {
        self.path = path
        if path == "-" {
            guard let handle = gzdopen(dup(0), "rb") else {
                throw .unreadableInput(source: "stdin", reason: "cannot open")
            }
            self.handle = handle
            size = 0
            bytes = []
            return
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadableInput(source: path, reason: "no such file")
        }
        guard !isDirectory.boolValue else { throw .unreadableInput(source: path, reason: "it is a directory") }
        guard let handle = gzopen(path, "rb") else {
            throw .unreadableInput(source: path, reason: String(cString: strerror(errno)))
        }
        self.handle = handle
        bytes = []
        gzbuffer(handle, 1 << 17)
        size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    deinit { if let handle { gzclose_r(handle) } }

    /// Reads up to `count` bytes, appending them to `buffer`; 0 at the end of the file.
    /// A damaged or truncated gzip stream is an error, never a silent end.
    func read(into buffer: inout [UInt8], count: Int) throws(SMPCheckError) -> Int {
        guard let handle else {
            let end = min(bytes.count, position + count)
            buffer.append(contentsOf: bytes[position..<end])
            defer { position = end }
            return end - position
        }
        var read: Int32 = 0
        // Read into uninitialized memory: zero-filling a chunk first would touch it twice.
        let chunk = [UInt8](unsafeUninitializedCapacity: count) { storage, initialized in
            read = gzread(handle, storage.baseAddress!, UInt32(count))
            initialized = max(0, Int(read))
        }
        guard read >= 0 else {
            var error: Int32 = 0
            let message = gzerror(handle, &error).map { String(cString: $0) } ?? "read error"
            throw .unreadableInput(source: path, reason: error == Z_ERRNO ? String(cString: strerror(errno)) : message)
        }
        if chunk.isEmpty, let problem = truncation() { throw .unreadableInput(source: path, reason: problem) }
        // Readers mostly pass an empty buffer: then the chunk becomes it, without a second copy.
        if buffer.isEmpty { buffer = chunk } else { buffer.append(contentsOf: chunk) }
        return chunk.count
    }

    /// Bytes of the file consumed so far (compressed bytes for gzip), for progress.
    var offset: Int { handle.map { Int(gzoffset($0)) } ?? position }

    /// zlib reports a gzip stream cut short only through `gzerror` after the last read.
    private func truncation() -> String? {
        var code: Int32 = 0
        guard let handle, let message = gzerror(handle, &code), code != Z_OK, code != Z_STREAM_END else { return nil }
        return "the compressed data ends early or is damaged (\(String(cString: message)))"
    }
}
