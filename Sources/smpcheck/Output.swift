import Foundation

/// Writes to stdout and stderr. A closed pipe (`smpcheck x | head -1`) ends the program quietly.
enum Output {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// One line on stderr, prefixed with the program name.
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("smpcheck: \(message)\n".utf8))
    }
}
