import Foundation
import Testing

@testable import SMPCheckKit

@Suite("OrderedPipeline: jobs on workers, outputs in submission order")
struct OrderedPipelineTests {
    /// Submits `count` jobs whenever there is room and takes every output back, as a scan does.
    private func run(workers: Int, count: Int, _ transform: @escaping @Sendable (Int) -> Int) -> (
        outputs: [Int], maxInFlight: Int
    ) {
        let pipeline = OrderedPipeline<Int, Int>(workers: workers, capacity: 4, transform: transform)
        defer { pipeline.finish() }
        var next = 0
        var taken: [Int] = []
        var maxInFlight = 0
        while true {
            while next < count, pipeline.hasRoom {
                pipeline.submit(next)
                next += 1
                maxInFlight = max(maxInFlight, next - taken.count)
            }
            guard let output = pipeline.next() else { break }
            taken.append(output)
        }
        return (taken, maxInFlight)
    }

    @Test(
        "Uneven jobs on several workers come back in the order they went in, never more than capacity at once",
        arguments: [1, 2, 4])
    func order(workers: Int) {
        // Early jobs take longest, so later ones finish first and must wait their turn.
        let (outputs, maxInFlight) = run(workers: workers, count: 200) { job in
            if job % 7 == 0 { Thread.sleep(forTimeInterval: 0.002) }
            return job * 10
        }
        #expect(outputs == (0..<200).map { $0 * 10 })
        #expect(maxInFlight <= 4)
    }

    @Test("Finishing early drops the jobs not started and stops the workers")
    func finishEarly() {
        let started = Locked(0)
        let pipeline = OrderedPipeline<Int, Int>(workers: 2, capacity: 8) { job in
            started.withLock { $0 += 1 }
            Thread.sleep(forTimeInterval: 0.01)
            return job
        }
        for job in 0..<8 { pipeline.submit(job) }
        #expect(pipeline.next() == 0)
        pipeline.finish()
        #expect(started.read { $0 } < 8)
    }
}
