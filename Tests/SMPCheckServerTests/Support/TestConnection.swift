import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One HTTP/1.1 connection over a plain loopback socket, written by hand so a test controls every
/// byte: a missing `Content-Type`, a chunked body sent piece by piece, a response read while the
/// request is still going. Blocking: use it from `TestConnection.blocking`, off the Swift
/// concurrency pool the server's handlers run on.
final class TestConnection {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private let socket: Int32
    private var buffer: [UInt8] = []

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        // No test may hang: a server that stops answering fails the test after 30 s.
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to 127.0.0.1:\(port)")
        }
    }

    deinit { close(socket) }

    /// Runs blocking socket work on a thread of its own and awaits it.
    static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try work() }) }
        }
    }

    func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a server that closes early must fail the test, not kill the test process.
            let sent = bytes[offset...].withUnsafeBytes { send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Failure(description: "send failed (errno \(errno))") }
            offset += sent
        }
    }

    func write(_ text: String) throws { try write(Array(text.utf8)) }

    /// A request head; `Content-Length` is added when `bodyLength` is given.
    func writeHead(_ method: String, _ path: String, headers: [(String, String)], bodyLength: Int?) throws {
        var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if let bodyLength { head += "Content-Length: \(bodyLength)\r\n" }
        try write(head + "\r\n")
    }

    /// A connection with the head of a chunked POST already sent; the body follows chunk by chunk.
    static func chunkedPost(port: Int, _ path: String, contentType: String) throws -> TestConnection {
        let connection = try TestConnection(port: port)
        try connection.writeHead(
            "POST", path, headers: [("Content-Type", contentType), ("Transfer-Encoding", "chunked")], bodyLength: nil)
        return connection
    }

    /// One chunk of a chunked body; an empty one ends the body.
    func writeChunk(_ bytes: [UInt8]) throws {
        try write(String(bytes.count, radix: 16) + "\r\n")
        try write(bytes + Array("\r\n".utf8))
    }

    /// The status line and headers of the response (names lowercased).
    func readHead() throws -> (status: Int, headers: [String: String]) {
        let head = String(decoding: try readUntil(Array("\r\n\r\n".utf8)), as: UTF8.self)
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        guard statusLine.count >= 2, let status = Int(statusLine[1]) else {
            throw Failure(description: "bad status line in \(head)")
        }
        var headers: [String: String] = [:]
        for line in lines where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return (status, headers)
    }

    /// The next chunk of a chunked response body; nil after the last one.
    func readChunk() throws -> [UInt8]? {
        let sizeLine = String(decoding: try readUntil(Array("\r\n".utf8)), as: UTF8.self)
        guard let size = Int(sizeLine.split(separator: ";")[0], radix: 16) else {
            throw Failure(description: "bad chunk size '\(sizeLine)'")
        }
        if size == 0 {
            _ = try readUntil(Array("\r\n".utf8))
            return nil
        }
        let chunk = try read(count: size)
        _ = try read(count: 2)
        return chunk
    }

    /// A whole response: the body by `Content-Length` or chunks.
    func readResponse() throws -> TestResponse {
        let (status, headers) = try readHead()
        return TestResponse(status: status, headers: headers, body: try readBody(headers: headers))
    }

    /// The body of the response whose head had `headers`.
    func readBody(headers: [String: String]) throws -> [UInt8] {
        var body: [UInt8] = []
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            while let chunk = try readChunk() { body += chunk }
        } else if let length = headers["content-length"].flatMap({ Int($0) }) {
            body = try read(count: length)
        }
        return body
    }

    /// Whether the server has closed the connection (end of stream or reset), without waiting:
    /// unread response bytes count as open.
    var isClosedByPeer: Bool {
        var byte: UInt8 = 0
        let count = recv(socket, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return count == 0 || (count < 0 && errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// Whether a read would not wait: response bytes have arrived, or the connection was closed.
    var isReadable: Bool {
        var byte: UInt8 = 0
        let count = recv(socket, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return count >= 0 || (errno != EAGAIN && errno != EWOULDBLOCK)
    }

    /// Seconds until the server closes the connection, checking every 20 ms; nil if it is still
    /// open after `limit` seconds.
    func secondsUntilClosed(limit: Double) -> Double? {
        let start = Date()
        while Date().timeIntervalSince(start) < limit {
            if isClosedByPeer { return Date().timeIntervalSince(start) }
            Thread.sleep(forTimeInterval: 0.02)
        }
        return nil
    }

    private func fill() throws {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        guard count > 0 else {
            throw Failure(
                description: count == 0 ? "connection closed" : "receive failed or timed out (errno \(errno))")
        }
        buffer += chunk[..<count]
    }

    private func readUntil(_ delimiter: [UInt8]) throws -> [UInt8] {
        var searched = 0
        while true {
            if buffer.count >= delimiter.count {
                for start in max(0, searched - delimiter.count)...(buffer.count - delimiter.count)
                where buffer[start..<(start + delimiter.count)].elementsEqual(delimiter) {
                    let result = Array(buffer[..<start])
                    buffer.removeFirst(start + delimiter.count)
                    return result
                }
                searched = buffer.count
            }
            try fill()
        }
    }

    private func read(count: Int) throws -> [UInt8] {
        while buffer.count < count { try fill() }
        defer { buffer.removeFirst(count) }
        return Array(buffer[..<count])
    }
}

/// Unchecked: a test hands a connection from one blocking call to the next, never to two at once.
extension TestConnection: @unchecked Sendable {}

/// A response as the test client read it.
struct TestResponse: Sendable {
    var status: Int
    var headers: [String: String]
    var body: [UInt8]

    var text: String { String(decoding: body, as: UTF8.self) }

    /// The body as a JSON object, or nil.
    var json: [String: Any]? { try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] }

    /// The body's JSON Lines, each as an object.
    var jsonLines: [[String: Any]] {
        text.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
    }
}
