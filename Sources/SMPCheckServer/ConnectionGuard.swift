import Hummingbird
import NIOCore
import NIOHTTPTypes

/// Per-connection limits that Hummingbird's idle timeout leaves open, in the channel pipeline
/// between the HTTP codec and the handlers:
///
/// - **A request must arrive whole within `requestTimeout`** of its head: a body sent a byte at a
///   time, or one that never ends, is answered 408 (or, once a response has begun, cut off) and
///   the connection closed. Hummingbird's idle timer only sees whole HTTP parts, so a trickle of
///   body bytes would keep it from ever firing.
/// - **A declared body over the route's limit is answered 413 here**, on the event loop, as soon as
///   the head arrives: the answer does not wait for a handler's turn on a pool busy with scans. (Not
///   for a browser, which gets the page with the message from the page's handler.)
/// - **A response with `Connection: close` closes the connection once written.** When the
///   request's body was not read (a 413 sent on the declared length), the rest of the body is
///   read and dropped first, up to `maximumDiscardBytes`, as mature servers do: a client that
///   sends its whole body before reading (Python's `urllib`) then reads the answer instead of a
///   connection reset, and does so at once rather than after a timeout.
final class ConnectionGuard: ChannelDuplexHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundIn = HTTPResponsePart
    typealias OutboundOut = HTTPResponsePart

    struct Limits: Sendable {
        /// From a request's head to the end of its body.
        var requestTimeout: TimeAmount
        /// Body bytes read and dropped after a refusal before the connection is closed regardless.
        var maximumDiscardBytes: Int
        /// The largest body the route at a path reads.
        var maximumBodyBytes: @Sendable (_ path: String, _ contentType: String?) -> Int
    }

    private let limits: Limits
    /// Set from a request's head until its end is read.
    private var requestDeadline: Scheduled<Void>?
    private var requestComplete = true
    private var responseStarted = false
    /// The response being written said `Connection: close`.
    private var closeAfterResponse = false
    /// Body bytes dropped since the refusal; nil while the body is passed on.
    private var discarded: Int?
    /// A refusal went out from here: whatever the handlers still write is dropped.
    private var answered = false

    init(limits: Limits) { self.limits = limits }

    func handlerRemoved(context: ChannelHandlerContext) {
        requestDeadline?.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let request):
            requestComplete = false
            responseStarted = false
            closeAfterResponse = false
            startDeadline(context)
            let limit = limits.maximumBodyBytes(request.path ?? "", request.headerFields[.contentType])
            // A browser gets the page with the message from the page's handler instead.
            let wantsPage = request.headerFields[.accept]?.lowercased().contains("text/html") ?? false
            if !wantsPage, let declared = request.headerFields[.contentLength].flatMap({ Int($0) }), declared > limit {
                // The handlers never see this request: the rest of its body is dropped, then the connection closed.
                refuse(APIError.tooLarge(limit: limit), context)
                discarded = 0
                return
            }
            context.fireChannelRead(data)
        case .body(let bytes):
            guard let count = discarded else { return context.fireChannelRead(data) }
            discarded = count + bytes.readableBytes
            if count + bytes.readableBytes > limits.maximumDiscardBytes { context.close(promise: nil) }
        case .end:
            requestComplete = true
            requestDeadline?.cancel()
            requestDeadline = nil
            guard discarded == nil else { return context.close(promise: nil) }
            context.fireChannelRead(data)
        }
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard !answered else {
            promise?.fail(ChannelError.ioOnClosedChannel)
            return
        }
        switch unwrapOutboundIn(data) {
        case .head(let response):
            responseStarted = true
            closeAfterResponse = response.headerFields[.connection]?.lowercased() == "close"
            context.write(data, promise: promise)
        case .body:
            context.write(data, promise: promise)
        case .end:
            guard closeAfterResponse else { return context.write(data, promise: promise) }
            let written = promise ?? context.eventLoop.makePromise()
            context.writeAndFlush(data, promise: written)
            if requestComplete {
                let channel = context.channel
                written.futureResult.whenComplete { _ in channel.close(promise: nil) }
            } else {
                // The answer is out; drop the rest of the body (within the request deadline) so the
                // client can finish sending and read it.
                discarded = 0
            }
        }
    }

    private func startDeadline(_ context: ChannelHandlerContext) {
        requestDeadline?.cancel()
        requestDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: limits.requestTimeout) {
            self.requestDeadline = nil
            guard !self.requestComplete else { return }
            if !self.responseStarted, self.discarded == nil {
                self.refuse(APIError.requestTimeout(self.limits.requestTimeout), context)
            }
            context.close(promise: nil)
        }
    }

    /// The API's JSON error, written straight to the codec; whatever the handlers write after it
    /// for this connection is dropped.
    private func refuse(_ error: APIError, _ context: ChannelHandlerContext) {
        var head = HTTPResponse(status: error.status)
        head.headerFields = error.headers
        head.headerFields[.contentType] = MediaTypes.json
        head.headerFields[.contentLength] = String(error.json.utf8.count)
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(ByteBuffer(string: error.json))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        answered = true
    }
}
