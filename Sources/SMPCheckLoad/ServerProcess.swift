import Foundation

/// A `smpcheck serve` started for the load test on a free loopback port.
///
/// Unchecked: after `init`, the client threads only read its pid and port and its memory from `/proc`.
final class ServerProcess: @unchecked Sendable {
    private let process = Process()
    let port: Int

    /// Starts `binary serve --port 0 arguments...` and waits for the line that says where it listens.
    init(binary: String, arguments: [String]) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0"] + arguments
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try output.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) {
            line.append(byte)
        }
        // "smpcheck listening on http://127.0.0.1:PORT/"
        let text = String(decoding: line, as: UTF8.self)
        guard let port = text.split(separator: ":").last.flatMap({ Int($0.dropLast()) }) else {
            process.terminate()
            throw LoadConnection.Failure(description: "\(binary) serve did not say where it listens: \(text)")
        }
        self.port = port
    }

    var pid: Int32 { process.processIdentifier }

    /// The server's resident memory, from `/proc/PID/status`.
    var residentBytes: Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
        return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
    }

    /// SIGTERM, then the exit status and the seconds it took to exit.
    func stop() -> (status: Int32, seconds: Double) {
        let start = Date()
        process.terminate()
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(start))
    }
}
