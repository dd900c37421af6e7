import Foundation

/// Where `scan` writes: a file or stdout, through `write(2)`, so a full disk is an error the scan
/// reports (with the record it stopped after), never output silently lost; a closed pipe ends the
/// program quietly (see `Output.writeAll`).
final class FileOutput {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    let name: String

    /// `-` or nil is stdout.
    init(path: String?) throws {
        guard let path, path != "-" else {
            descriptor = 1
            ownsDescriptor = false
            name = "stdout"
            return
        }
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw Output.WriteError(message: "cannot write \(path): \(String(cString: strerror(errno)))")
        }
        ownsDescriptor = true
        name = path
    }

    deinit { if ownsDescriptor { Foundation.close(descriptor) } }

    func write(_ bytes: [UInt8]) throws {
        try Output.writeAll(bytes, to: descriptor)
    }
}
