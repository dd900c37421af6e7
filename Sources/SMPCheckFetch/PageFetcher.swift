import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import SMPCheckKit

#if canImport(Glibc)
    import Glibc
#endif

/// Fetches a product page over HTTP(S) for checking: bounded in time, size and redirects, and
/// refusing every scheme but `http` and `https` (also as a redirect target).
///
/// ```swift
/// let input = try await PageFetcher().fetch("https://shop.example/products/gentle-shampoo")
/// let report = try SMPChecker().check(input)
/// ```
public struct PageFetcher: Sendable {
    /// Time allowed for the whole request, in seconds.
    public var timeout: Int64
    /// Pages larger than this are refused.
    public var maximumBytes: Int
    public var maximumRedirects: Int

    public init(timeout: Int64 = 20, maximumBytes: Int = 8 << 20, maximumRedirects: Int = 5) {
        self.timeout = timeout
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    /// Whether a command-line argument names a web page rather than a file.
    public static func isWebAddress(_ argument: String) -> Bool {
        let lower = argument.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// The page's bytes, ready to check (its kind detected from the content).
    public func fetch(_ address: String) async throws(SMPCheckError) -> LabelInput {
        let response = try await get(address)
        guard (200..<300).contains(response.status) else {
            throw .unreadableInput(source: address, reason: "the server answered HTTP \(response.status)")
        }
        return LabelInput(bytes: response.body, source: address, kind: .automatic)
    }

    /// The status and body of a GET, within the limits; any status, so a caller can read an API's
    /// answer to a 404.
    func get(_ address: String, accept: String = "*/*") async throws(SMPCheckError) -> (status: UInt, body: [UInt8]) {
        guard Self.isWebAddress(address), Self.hasHost(address) else {
            throw .invalidArgument("\(address) is not an http(s) address")
        }
        let configuration = HTTPClient.Configuration(
            redirectConfiguration: .follow(max: maximumRedirects, allowCycles: false),
            timeout: .init(connect: .seconds(timeout), read: .seconds(timeout))
        )
        let client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        let outcome: Result<(status: UInt, body: [UInt8]), any Error>
        do { outcome = .success(try await get(address, accept: accept, with: client)) } catch {
            outcome = .failure(error)
        }
        try? await client.shutdown()
        switch outcome {
        case .success(let response): return response
        case .failure(let error as SMPCheckError): throw error
        case .failure(let error): throw .unreadableInput(source: address, reason: reason(for: error))
        }
    }

    private func get(_ address: String, accept: String, with client: HTTPClient) async throws -> (
        status: UInt, body: [UInt8]
    ) {
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        request.headers.add(name: "Accept", value: accept)
        let response = try await client.execute(request, timeout: .seconds(timeout))
        if (300..<400).contains(response.status.code), let location = response.headers.first(name: "Location") {
            // The client follows redirects to http(s) only; anything else comes back here.
            throw SMPCheckError.unreadableInput(source: address, reason: "a redirect to \(location) was refused")
        }
        let body = try await response.body.collect(upTo: maximumBytes)
        return (response.status.code, Array(body.readableBytesView))
    }

    /// Names smpcheck and its version, as Open Beauty Facts asks of API clients.
    static let userAgent = "smpcheck/0.1 (SMP aftercare ingredient checker)"

    private func reason(for error: any Error) -> String {
        switch error {
        case is NIOTooManyBytesError:
            "the page is over the \(maximumBytes)-byte limit (raise it with --max-bytes)"
        case let error as HTTPClientError where error == .redirectLimitReached:
            "more than \(maximumRedirects) redirects"
        case let error as HTTPClientError where error == .redirectCycleDetected:
            "the redirects go round in a loop"
        case let error as HTTPClientError
        where error == .deadlineExceeded || error == .readTimeout || error == .connectTimeout:
            "no answer within \(timeout) second\(timeout == 1 ? "" : "s")"
        case let error as IOError:
            "could not connect (\(String(cString: strerror(error.errnoCode))))"
        default:
            "\(error)"
        }
    }

    /// `http://` followed by something before the path.
    private static func hasHost(_ address: String) -> Bool {
        guard let scheme = address.range(of: "://") else { return false }
        let rest = address[scheme.upperBound...]
        return !(rest.first.map { $0 == "/" || $0 == "?" || $0 == "#" } ?? true)
    }
}
