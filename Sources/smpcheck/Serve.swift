import ArgumentParser
import Foundation
import SMPCheckKit
import SMPCheckServer

/// `smpcheck serve`: the JSON API and the web page over HTTP, until SIGINT or SIGTERM.
struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the JSON API (/v1/check, /v1/scan) and a web page for checking labels.",
        discussion: "Stops on SIGINT (Ctrl-C) or SIGTERM after the requests in flight finish."
    )

    @Option(help: "Address to listen on (0.0.0.0 for every interface).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0 picks a free one).")
    var port = 8080

    @Option(help: "Refuse request bodies, and scan lines, larger than this many bytes.")
    var maxBodyBytes = SMPCheckServer.Configuration.defaultMaximumBodyBytes

    @Option(help: "Refuse scan bodies larger than this many bytes in all.")
    var maxScanBytes = SMPCheckServer.Configuration.defaultMaximumScanBytes

    @Option(help: "Refuse photos (image bodies of POST /v1/check) larger than this many bytes.")
    var maxPhotoBytes = SMPCheckServer.Configuration.defaultMaximumPhotoBytes

    @Option(
        help:
            "Close a connection after this many seconds without a request part (a head not sent whole counts as none).")
    var idleTimeout = Self.seconds(SMPCheckServer.Configuration.defaultIdleTimeout)

    @Option(help: "Answer 408 and close when a request has not arrived whole this many seconds after its head.")
    var requestTimeout = Self.seconds(SMPCheckServer.Configuration.defaultRequestTimeout)

    @Option(help: "Connections open at once; more wait to be accepted.")
    var maxConnections = SMPCheckServer.Configuration.defaultMaximumConnections

    @Option(help: "Scans (POST /v1/scan) running at once; one more is answered 429.")
    var maxScans = SMPCheckServer.Configuration.defaultMaximumConcurrentScans

    @Option(help: "Batches of lines one scan checks at once (default: one per core).")
    var scanWorkers = SMPCheckServer.Configuration.defaultScanWorkers

    @Option(help: "On SIGTERM or SIGINT, seconds the requests in flight get to finish.")
    var shutdownGrace = 10.0

    @Option(
        help: ArgumentHelp(
            "Open Beauty Facts' address for barcodes (default: SMPCHECK_OBF_URL, else the public site).",
            valueName: "url"))
    var obfURL: String?

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
        if maxBodyBytes < 1 { throw ValidationError("--max-body-bytes must be at least 1.") }
        if maxScanBytes < 1 { throw ValidationError("--max-scan-bytes must be at least 1.") }
        if maxPhotoBytes < 1 { throw ValidationError("--max-photo-bytes must be at least 1.") }
        for (name, value) in [
            ("--idle-timeout", idleTimeout), ("--request-timeout", requestTimeout), ("--shutdown-grace", shutdownGrace),
        ] where !(value > 0) {
            throw ValidationError("\(name) must be a number of seconds above 0.")
        }
        for (name, value) in [
            ("--max-connections", maxConnections), ("--max-scans", maxScans), ("--scan-workers", scanWorkers),
        ]
        where value < 1 {
            throw ValidationError("\(name) must be at least 1.")
        }
    }

    /// A duration as the seconds the options take.
    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    func run() async throws {
        let checker: SMPChecker
        do {
            checker = try lexiconOptions.checker(maximumInputBytes: maxBodyBytes)
        } catch {
            Output.error(error.description)
            throw ExitCode(2)
        }
        var configuration = SMPCheckServer.Configuration(
            host: host, port: port, maximumBodyBytes: maxBodyBytes, maximumScanBytes: maxScanBytes,
            version: SMPCheckCommand.configuration.version,
            openBeautyFactsURL: obfURL ?? ProcessInfo.processInfo.environment["SMPCHECK_OBF_URL"]
                ?? OpenBeautyFactsProduct.defaultBaseURL
        )
        configuration.idleTimeout = .seconds(idleTimeout)
        configuration.requestTimeout = .seconds(requestTimeout)
        configuration.maximumConnections = maxConnections
        configuration.maximumConcurrentScans = maxScans
        configuration.scanWorkers = scanWorkers
        configuration.maximumPhotoBytes = maxPhotoBytes
        let server = SMPCheckServer(checker: checker, configuration: configuration)
        let host = self.host
        do {
            try await server.run(gracePeriod: .seconds(shutdownGrace)) { port in
                // Scripts and tests that ask for port 0 read the real one here.
                Output.write("smpcheck listening on http://\(host):\(port)/\n")
            }
        } catch {
            // Exit status 2, as for any input smpcheck cannot run on: most often the port is taken.
            Output.error("cannot serve on \(host):\(port): \(error)")
            throw ExitCode(2)
        }
    }
}
