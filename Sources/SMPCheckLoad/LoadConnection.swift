import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// One keep-alive HTTP/1.1 connection over a blocking loopback socket: the lightest client there is,
/// so the load test measures the server, not an HTTP client sharing its two cores.
///
/// Unchecked: a request may be sent on one thread while its answer is read on another (a streamed
/// scan); sending touches only the socket, reading only the buffer.
final class LoadConnection: @unchecked Sendable {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What a response came to: its status, how many body bytes and lines, and whether the server
    /// said it closes the connection.
    struct Response {
        var status: Int
        var bytes: Int
        var lines: Int
        var closes: Bool
    }

    private let socket: Int32
    private var buffer = [UInt8](repeating: 0, count: 1 << 16)
    private var start = 0
    private var end = 0

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket() failed") }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var noDelay: Int32 = 1
        setsockopt(socket, Int32(IPPROTO_TCP), TCP_NODELAY, &noDelay, socklen_t(MemoryLayout<Int32>.size))
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
            throw Failure(description: "cannot connect to 127.0.0.1:\(port) (errno \(errno))")
        }
    }

    deinit { close(socket) }

    /// A POST's head and body, ready to send as they are.
    static func post(_ path: String, contentType: String, body: [UInt8]) -> [UInt8] {
        Array(
            "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n\r\n"
                .utf8) + body
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { throw Failure(description: "send failed (errno \(errno))") }
            offset += sent
        }
    }

    /// Reads one whole response, by `Content-Length` or chunks, counting its body's bytes and lines.
    func readResponse() throws -> Response {
        let head = String(decoding: try line(until: Array("\r\n\r\n".utf8)), as: UTF8.self).lowercased()
        let fields = head.split(separator: "\r\n")
        guard let statusLine = fields.first, statusLine.split(separator: " ").count >= 2,
            let status = Int(statusLine.split(separator: " ")[1])
        else { throw Failure(description: "bad response head") }
        func field(_ name: String) -> String? {
            fields.dropFirst().first { $0.hasPrefix(name + ":") }.map {
                $0.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
            }
        }
        var response = Response(status: status, bytes: 0, lines: 0, closes: field("connection") == "close")
        if field("transfer-encoding") == "chunked" {
            while true {
                let sizeLine = String(decoding: try line(until: Array("\r\n".utf8)), as: UTF8.self)
                guard let size = Int(sizeLine.split(separator: ";")[0], radix: 16) else {
                    throw Failure(description: "bad chunk size")
                }
                try skip(size, counting: &response)
                _ = try line(until: Array("\r\n".utf8))
                if size == 0 { break }
            }
        } else if let length = field("content-length").flatMap({ Int($0) }) {
            try skip(length, counting: &response)
        }
        return response
    }

    private func fill() throws {
        if start == end {
            start = 0
            end = 0
        }
        if end == buffer.count {
            // Room for more: move what is unread to the front, or grow when it fills the buffer.
            if start > 0 {
                let unread = Array(buffer[start..<end])
                buffer.replaceSubrange(0..<unread.count, with: unread)
                end = unread.count
                start = 0
            } else {
                buffer += [UInt8](repeating: 0, count: buffer.count)
            }
        }
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress! + end, $0.count - end, 0) }
        guard count > 0 else {
            throw Failure(description: count == 0 ? "connection closed" : "receive failed (errno \(errno))")
        }
        end += count
    }

    /// The bytes up to `delimiter`, which is consumed too.
    private func line(until delimiter: [UInt8]) throws -> ArraySlice<UInt8> {
        // Counted from `start`, which `fill` may move: the bytes already searched without a match.
        var searched = 0
        while true {
            var index = start + max(0, searched - delimiter.count + 1)
            while index + delimiter.count <= end {
                if buffer[index] == delimiter[0], buffer[index..<(index + delimiter.count)].elementsEqual(delimiter) {
                    let line = buffer[start..<index]
                    start = index + delimiter.count
                    return line
                }
                index += 1
            }
            searched = end - start
            try fill()
        }
    }

    private func skip(_ count: Int, counting response: inout Response) throws {
        var remaining = count
        while remaining > 0 {
            if start == end { try fill() }
            let take = min(remaining, end - start)
            response.lines += buffer[start..<(start + take)].reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
            response.bytes += take
            start += take
            remaining -= take
        }
    }
}
