import Foundation

/// Writes to stdout and stderr. A closed pipe (`smpcheck x | head -1`) ends the program quietly,
/// whether SIGPIPE is ignored or not.
enum Output {
    static func write(_ text: String) {
        do {
            try writeAll(Array(text.utf8), to: 1)
        } catch {
            Self.error("cannot write the output: \(error)")
            exit(2)
        }
    }

    /// One line on stderr, prefixed with the program name.
    static func error(_ message: String) {
        standardError("smpcheck: \(message)\n")
    }

    /// Text on stderr as it is: nothing is left to report a failure to.
    static func standardError(_ text: String) {
        try? writeAll(Array(text.utf8), to: 2)
    }

    /// Writes every byte, retrying interrupted and partial writes. A reader that went away is not an
    /// error worth a message: the program exits at once with the status a SIGPIPE death would give.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(WriteError) {
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress! + written, $0.count - written)
            }
            if result < 0 {
                if errno == EINTR { continue }
                if errno == EPIPE { exit(closedPipeStatus) }
                throw WriteError(message: String(cString: strerror(errno)))
            }
            written += result
        }
    }

    /// 128 + SIGPIPE, as a shell reports a program killed by a closed pipe.
    static let closedPipeStatus: Int32 = 141

    struct WriteError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
