import Dispatch
import Testing

@testable import SMPCheckKit

@Suite("Locked: a value shared between threads")
struct LockedTests {
    @Test("once builds its value a single time, however many threads ask at the same moment")
    func once() {
        let value = Locked<[Int]?>(nil)
        let builds = Locked(0)
        let seen = Locked<[[Int]]>([])
        DispatchQueue.concurrentPerform(iterations: 16) { _ in
            let got = value.once {
                builds.withLock { $0 += 1 }
                return [1, 2, 3]
            }
            seen.withLock { $0.append(got) }
        }
        #expect(builds.read { $0 } == 1)
        #expect(seen.read { $0 } == Array(repeating: [1, 2, 3], count: 16))
    }
}
