import Foundation
import SMPCheckKit

/// Runs a photo's reading with standard error sent to /dev/null: libpng and libjpeg print lines of
/// their own on a damaged image, and smpcheck's one-line error then says it better. For the command
/// line only, which reads one photo at a time: the redirection is the whole process's.
enum QuietStandardError {
    static func run<Result>(_ body: () throws(SMPCheckError) -> Result) throws(SMPCheckError) -> Result {
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        if saved >= 0, null >= 0 { dup2(null, STDERR_FILENO) }
        defer {
            if saved >= 0 {
                dup2(saved, STDERR_FILENO)
                close(saved)
            }
            if null >= 0 { close(null) }
        }
        return try body()
    }
}
