import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches a product page over HTTP(S) for checking: bounded in time, size and redirects, and
/// refusing every scheme but `http` and `https` (also as a redirect target).
public struct PageFetcher: Sendable {
    /// Time allowed for the whole request, in seconds.
    public var timeout: Double
    /// Pages larger than this are refused.
    public var maximumBytes: Int
    public var maximumRedirects: Int

    public init(timeout: Double = 20, maximumBytes: Int = 8 << 20, maximumRedirects: Int = 5) {
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
        guard let url = URL(string: address), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
              url.host != nil else {
            throw .invalidArgument("\(address) is not an http(s) address")
        }
        let transfer = Transfer(maximumBytes: maximumBytes, maximumRedirects: maximumRedirects)
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        let session = URLSession(configuration: configuration, delegate: transfer, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url)
        request.setValue("smpcheck/0.1 (ingredient checker)", forHTTPHeaderField: "User-Agent")
        let outcome = await withCheckedContinuation { continuation in
            transfer.start(session.dataTask(with: request), then: continuation)
        }
        switch outcome {
        case let .refused(reason):
            throw .unreadableInput(source: address, reason: reason)
        case let .failed(message):
            throw .unreadableInput(source: address, reason: message)
        case let .received(status, data):
            guard (200..<300).contains(status) else {
                throw .unreadableInput(source: address, reason: "the server answered HTTP \(status)")
            }
            return LabelInput(bytes: Array(data), source: address, kind: .automatic)
        }
    }
}

/// One request's transfer: collects the body while enforcing the size and redirect limits, and
/// reports how it ended exactly once.
private final class Transfer: NSObject, URLSessionDataDelegate, Sendable {
    enum Outcome: Sendable {
        case received(status: Int, data: Data)
        case refused(String)
        case failed(String)
    }

    private struct State {
        var data = Data()
        var redirects = 0
        var refusal: String?
        var continuation: CheckedContinuation<Outcome, Never>?
    }

    let maximumBytes: Int
    let maximumRedirects: Int
    private let state = Locked(State())

    init(maximumBytes: Int, maximumRedirects: Int) {
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    func start(_ task: URLSessionDataTask, then continuation: CheckedContinuation<Outcome, Never>) {
        state.withLock { $0.continuation = continuation }
        task.resume()
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let over = state.withLock { state -> Bool in
            state.data.append(data)
            guard state.data.count > maximumBytes else { return false }
            state.refusal = "the page is over the \(maximumBytes)-byte limit (raise it with --max-bytes)"
            state.data = Data()
            return true
        }
        if over { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void) {
        let scheme = request.url?.scheme?.lowercased() ?? ""
        let allowed = state.withLock { state -> Bool in
            state.redirects += 1
            if state.redirects > maximumRedirects {
                state.refusal = "more than \(maximumRedirects) redirects"
            } else if !["http", "https"].contains(scheme) {
                state.refusal = "a redirect to a \(scheme): address was refused"
            }
            return state.refusal == nil
        }
        completionHandler(allowed ? request : nil)
        if !allowed { task.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, outcome) = state.withLock { state -> (CheckedContinuation<Outcome, Never>?, Outcome) in
            defer { state.continuation = nil }
            if let refusal = state.refusal { return (state.continuation, .refused(refusal)) }
            if let error { return (state.continuation, .failed((error as NSError).localizedDescription)) }
            let status = (task.response as? HTTPURLResponse)?.statusCode ?? 0
            return (state.continuation, .received(status: status, data: state.data))
        }
        continuation?.resume(returning: outcome)
    }
}
