import Foundation
import Synchronization

/// `clients` threads, each on a keep-alive connection of its own, sending `/v1/check` requests of
/// the labels in turn until `requests` have been answered; the server's resident memory is read
/// when the warm-up's last request is answered, and at the end.
struct CheckLoad: Sendable {
    let server: ServerProcess
    let requests: [[UInt8]]
    let total: Int
    let clients: Int
    let warmup: Int

    struct Result {
        var seconds: Double
        var afterWarmupSeconds: Double
        /// Milliseconds, sorted: every request's, and those after the warm-up.
        var latencies: [Double]
        var afterWarmupLatencies: [Double]
        var errors: Int
        var firstError: String?
        var residentAfterWarmup: Int
        var residentAtEnd: Int
    }

    /// What the client threads share.
    private final class Shared: Sendable {
        let claimed = Atomic<Int>(0)
        let answered = Atomic<Int>(0)
        let errors = Atomic<Int>(0)
        let warmupResident = Atomic<Int>(0)
        let warmupEnded = Atomic<UInt64>(0)
        let firstError = Mutex<String?>(nil)
        let timings = Mutex<[(index: Int, milliseconds: Double)]>([])
    }

    func run() -> Result {
        let shared = Shared()
        let group = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<clients {
            group.enter()
            let thread = Thread {
                let timings = runClient(shared)
                shared.timings.withLock { $0 += timings }
                group.leave()
            }
            thread.start()
        }
        group.wait()
        let end = DispatchTime.now().uptimeNanoseconds
        let timings = shared.timings.withLock { $0 }
        let warmupEnded = shared.warmupEnded.load(ordering: .relaxed)
        return Result(
            seconds: Double(end - start) / 1e9,
            afterWarmupSeconds: Double(end - max(start, warmupEnded)) / 1e9,
            latencies: timings.map(\.milliseconds).sorted(),
            afterWarmupLatencies: timings.filter { $0.index >= warmup }.map(\.milliseconds).sorted(),
            errors: shared.errors.load(ordering: .relaxed),
            firstError: shared.firstError.withLock { $0 },
            residentAfterWarmup: shared.warmupResident.load(ordering: .relaxed),
            residentAtEnd: server.residentBytes)
    }

    /// One client: claims the next request number until all are claimed; its latencies by request number.
    private func runClient(_ shared: Shared) -> [(index: Int, milliseconds: Double)] {
        var timings: [(index: Int, milliseconds: Double)] = []
        var connection: LoadConnection?
        while true {
            let index = shared.claimed.wrappingAdd(1, ordering: .relaxed).oldValue
            guard index < total else { break }
            let request = requests[index % requests.count]
            let started = DispatchTime.now().uptimeNanoseconds
            do {
                let current = try connection ?? LoadConnection(port: server.port)
                connection = current
                try current.send(request)
                let response = try current.readResponse()
                if response.closes { connection = nil }
                guard response.status == 200 else {
                    throw LoadConnection.Failure(description: "status \(response.status)")
                }
                timings.append((index, Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6))
            } catch {
                connection = nil
                shared.errors.add(1, ordering: .relaxed)
                shared.firstError.withLock { $0 = $0 ?? "\(error)" }
            }
            if shared.answered.wrappingAdd(1, ordering: .relaxed).newValue == warmup {
                shared.warmupResident.store(server.residentBytes, ordering: .relaxed)
                shared.warmupEnded.store(DispatchTime.now().uptimeNanoseconds, ordering: .relaxed)
            }
        }
        return timings
    }
}

extension Array where Element == Double {
    /// The value at `fraction` of a sorted array (nearest rank).
    func percentile(_ fraction: Double) -> Double {
        isEmpty ? 0 : self[Swift.min(count - 1, Int((Double(count) * fraction).rounded(.up)) - 1)]
    }
}
