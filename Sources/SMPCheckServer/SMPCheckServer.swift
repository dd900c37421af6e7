import Hummingbird
import Logging
import NIOCore
import SMPCheckKit
import ServiceLifecycle

/// The HTTP service: the JSON API (`/v1/check`, `/v1/scan`, `/v1/lexicon`, `/healthz`) and the web
/// page (`/`, `/check`), over one shared `SMPChecker`.
///
/// ```swift
/// let server = SMPCheckServer(checker: try SMPChecker(), configuration: .init(version: "0.1.0"))
/// try await server.run()   // until SIGINT or SIGTERM
/// ```
public struct SMPCheckServer: Sendable {
    /// Where to listen and how much to accept.
    public struct Configuration: Sendable {
        /// The address to listen on: `127.0.0.1` for this machine only, `0.0.0.0` for every interface.
        public var host: String
        /// 0 picks a free port; `onServerRunning` tells which.
        public var port: Int
        /// The largest body `/v1/check` and `/check` read, and the longest line `/v1/scan` reads.
        public var maximumBodyBytes: Int
        /// The largest whole body `/v1/scan` reads.
        public var maximumScanBytes: Int
        /// The largest photo `/v1/check` reads.
        public var maximumPhotoBytes: Int = defaultMaximumPhotoBytes
        /// Photos read at once (each takes seconds of one core); more wait their turn.
        public var photoReaders: Int = defaultScanWorkers
        /// The version `/v1/lexicon` reports.
        public var version: String
        /// Where barcodes are looked up: Open Beauty Facts, or a stand-in.
        public var openBeautyFactsURL: String
        /// A connection with no request part for this long is closed; so is one whose request head
        /// has not arrived whole this long after the connection opened or its last answer.
        public var idleTimeout: Duration = defaultIdleTimeout
        /// A request must arrive whole, head to the end of its body, within this; else 408 and close.
        public var requestTimeout: Duration = defaultRequestTimeout
        /// Connections open at once; beyond them new ones wait in the listen queue.
        public var maximumConnections: Int = defaultMaximumConnections
        /// After a 413, the rest of the body is read and dropped up to this many bytes, so a client
        /// that sends its whole body before reading gets the answer; past it the connection is reset.
        public var maximumDiscardBytes: Int = defaultMaximumDiscardBytes
        /// Threads' worth of checking one `/v1/scan` runs at once.
        public var scanWorkers: Int = defaultScanWorkers
        /// Scans running at once; one more is answered 429 with `Retry-After`.
        public var maximumConcurrentScans: Int = defaultMaximumConcurrentScans

        /// 2 MiB: a pasted label is a few KB and a saved product page rarely passes 1 MB.
        public static let defaultMaximumBodyBytes = 2 << 20
        /// 16 MiB: a phone's photo is 2 to 8 MB.
        public static let defaultMaximumPhotoBytes = 16 << 20
        /// 64 MiB: a catalog of tens of thousands of labels in one request.
        public static let defaultMaximumScanBytes = 64 << 20
        /// 30 s: long enough for a person's browser between clicks, short enough that idle
        /// connections do not pile up.
        public static let defaultIdleTimeout = Duration.seconds(30)
        /// 60 s: a full 64 MiB scan body then needs a little over 1 MB/s.
        public static let defaultRequestTimeout = Duration.seconds(60)
        /// 2,048: far above what a shop backend's pool opens, well under the process's file limit.
        public static let defaultMaximumConnections = 2048
        /// 32 MiB: some 0.1 s of reading on loopback.
        public static let defaultMaximumDiscardBytes = 32 << 20
        /// One per core.
        public static var defaultScanWorkers: Int { CatalogScanner.defaultWorkers }
        /// 4: each uses every core already; more would only share them and hold more memory.
        public static let defaultMaximumConcurrentScans = 4

        /// The defaults of `smpcheck serve`; `version` is the caller's, as the CLI knows its own.
        public init(
            host: String = "127.0.0.1", port: Int = 8080, maximumBodyBytes: Int = defaultMaximumBodyBytes,
            maximumScanBytes: Int = defaultMaximumScanBytes, version: String,
            openBeautyFactsURL: String = OpenBeautyFactsProduct.defaultBaseURL
        ) {
            self.openBeautyFactsURL = openBeautyFactsURL
            self.host = host
            self.port = port
            self.maximumBodyBytes = maximumBodyBytes
            self.maximumScanBytes = maximumScanBytes
            self.version = version
        }

        /// The body limit of a request: a scan's, a photo's (an image to the API, the page's form with a
        /// file input), or that of everything else.
        func maximumBodyBytes(path: String, contentType: String?) -> Int {
            if path.hasPrefix("/v1/scan") { return maximumScanBytes }
            let type = MediaTypes.essence(of: contentType) ?? ""
            if path.hasPrefix("/v1/check") ? PhotoChecks.mediaTypes.contains(type) : type == MediaTypes.multipart {
                return max(maximumBodyBytes, maximumPhotoBytes)
            }
            return maximumBodyBytes
        }
    }

    /// The one checker every request uses.
    public let checker: SMPChecker
    public let configuration: Configuration

    /// A server over `checker`; nothing listens until `run()` or the `application()` runs.
    public init(checker: SMPChecker, configuration: Configuration) {
        self.checker = checker
        self.configuration = configuration
    }

    /// The Hummingbird application, to run in a `ServiceGroup` of your own.
    ///
    /// - Parameter onServerRunning: called once the socket listens, with the port it got.
    public func application(
        logger: Logger = Logger(label: "smpcheck"),
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let limits = ConnectionGuard.Limits(
            requestTimeout: TimeAmount(configuration.requestTimeout),
            maximumDiscardBytes: configuration.maximumDiscardBytes,
            maximumBodyBytes: configuration.maximumBodyBytes(path:contentType:))
        return Application(
            router: router(),
            server: .http1(
                configuration: .init(
                    additionalChannelHandlers: [ConnectionGuard(limits: limits)],
                    idleTimeout: TimeAmount(configuration.idleTimeout))),
            configuration: .init(
                address: .hostname(configuration.host, port: configuration.port), serverName: "smpcheck",
                // 1,024, not 256: a burst of new connections past the queue waits a second or more
                // for the client's SYN to be sent again.
                backlog: 1024, availableConnectionsDelegate: .maximum(configuration.maximumConnections, logger: logger)),
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }

    /// Serves until SIGINT or SIGTERM, then stops accepting connections, lets requests in flight
    /// finish (for at most `gracePeriod`) and returns.
    public func run(
        logger: Logger = Logger(label: "smpcheck"),
        gracePeriod: Duration = .seconds(10),
        onServerRunning: @escaping @Sendable (_ port: Int) async -> Void = { _ in }
    ) async throws {
        var groupConfiguration = ServiceGroupConfiguration(
            services: [application(logger: logger, onServerRunning: onServerRunning)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger
        )
        groupConfiguration.maximumGracefulShutdownDuration = gracePeriod
        try await ServiceGroup(configuration: groupConfiguration).run()
    }

    /// Every route, registered once: the same list tells the error middleware which methods a path allows.
    func router() -> Router<BasicRequestContext> {
        let products = ProductLookup(baseURL: configuration.openBeautyFactsURL)
        let photos = PhotoChecks(checker: checker, concurrentReads: configuration.photoReaders)
        let api = APIRoutes(
            checker: checker, configuration: configuration, products: products,
            scans: ScanSlots(limit: configuration.maximumConcurrentScans), photos: photos)
        let page = PageRoutes(
            checker: checker, maximumBodyBytes: configuration.maximumBodyBytes,
            maximumPhotoBytes: configuration.maximumPhotoBytes, products: products, photos: photos)
        let routes:
            [(
                path: String, method: HTTPRequest.Method,
                handler: @Sendable (Request, BasicRequestContext) async throws -> Response
            )] = [
                ("/", .get, page.home),
                ("/check", .get, page.checkQuery),
                ("/check", .post, page.checkForm),
                ("/profile.js", .get, page.script),
                ("/healthz", .get, api.health),
                ("/v1/lexicon", .get, api.lexicon),
                ("/v1/check", .post, api.check),
                ("/v1/scan", .post, api.scan),
            ]
        let router = Router()
        router.add(
            middleware: JSONErrorMiddleware(
                allowed: Dictionary(grouping: routes, by: \.path).mapValues { $0.map(\.method) }))
        for route in routes {
            router.on(RouterPath(route.path), method: route.method, use: route.handler)
        }
        return router
    }
}
