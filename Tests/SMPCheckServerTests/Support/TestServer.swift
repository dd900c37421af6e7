import Logging
import SMPCheckKit
import SMPCheckServer
import ServiceLifecycle

/// Runs the real server on a free loopback port for the length of one test.
enum TestServer {
    /// Loading the lexicon takes a moment; every test shares one checker, as a real server does.
    static let checker: SMPChecker = {
        do { return try SMPChecker() } catch { fatalError("the built-in lexicon does not load: \(error)") }
    }()

    /// Barcodes go to a closed loopback port unless a test gives its own stand-in: never to the internet.
    static func configuration(
        maximumBodyBytes: Int = SMPCheckServer.Configuration.defaultMaximumBodyBytes,
        maximumScanBytes: Int = SMPCheckServer.Configuration.defaultMaximumScanBytes,
        openBeautyFactsURL: String = "http://127.0.0.1:9"
    ) -> SMPCheckServer.Configuration {
        .init(
            port: 0, maximumBodyBytes: maximumBodyBytes, maximumScanBytes: maximumScanBytes, version: "test-version",
            openBeautyFactsURL: openBeautyFactsURL)
    }

    /// Starts the server, runs `body` with its port, then shuts the server down gracefully and
    /// waits until it has stopped.
    static func with<T: Sendable>(
        _ configuration: SMPCheckServer.Configuration = configuration(),
        _ body: @Sendable (_ port: Int) async throws -> T
    ) async throws -> T {
        var logger = Logger(label: "smpcheck-test")
        logger.logLevel = .warning
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        let application = SMPCheckServer(checker: checker, configuration: configuration)
            .application(logger: logger) { port in portContinuation.yield(port) }
        let group = ServiceGroup(configuration: .init(services: [application], logger: logger))
        return try await withThrowingTaskGroup(of: Void.self) { tasks in
            tasks.addTask { try await group.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else {
                throw TestConnection.Failure(description: "the server did not start")
            }
            do {
                let result = try await body(port)
                await group.triggerGracefulShutdown()
                try await tasks.waitForAll()
                return result
            } catch {
                await group.triggerGracefulShutdown()
                throw error
            }
        }
    }

    /// One request on a new connection, and its whole response.
    static func request(
        _ port: Int, _ method: String, _ path: String, headers: [(String, String)] = [],
        body: [UInt8]? = nil
    ) async throws -> TestResponse {
        try await TestConnection.blocking {
            let connection = try TestConnection(port: port)
            try connection.writeHead(method, path, headers: headers, bodyLength: body?.count)
            if let body { try connection.write(body) }
            return try connection.readResponse()
        }
    }

    /// `POST` of a JSON body to the API.
    static func postJSON(_ port: Int, _ path: String, _ json: String, contentType: String = "application/json")
        async throws -> TestResponse
    {
        try await request(port, "POST", path, headers: [("Content-Type", contentType)], body: Array(json.utf8))
    }
}
