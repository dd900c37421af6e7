import Dispatch
import Synchronization

/// An ordered parallel map over a fixed number of threads: workers take the next index from a
/// shared counter, so uneven items balance themselves, and results land in input order.
enum Parallel {
    static func map<Item: Sendable, Result>(_ items: [Item], workers: Int, _ transform: @Sendable (Item) -> Result)
        -> [Result]
    {
        guard workers > 1, items.count > 1 else { return items.map(transform) }
        let slots = Slots<Result>(count: items.count)
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(workers, items.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { return }
                slots.store(transform(items[index]), at: index)
            }
        }
        return slots.results()
    }

    /// Result slots written by exactly one worker each, and read only after all workers finished.
    /// Raw memory, not an array: concurrent writes to distinct elements of one array would trip
    /// Swift's exclusivity checks on the array as a whole.
    private final class Slots<Result>: @unchecked Sendable {
        private let values: UnsafeMutablePointer<Result>
        private let count: Int

        init(count: Int) {
            self.count = count
            values = .allocate(capacity: count)
        }

        deinit { values.deallocate() }

        func store(_ value: Result, at index: Int) { (values + index).initialize(to: value) }

        /// Moves every result out; call once, after every slot was stored.
        func results() -> [Result] {
            Array(unsafeUninitializedCapacity: count) { buffer, initialized in
                buffer.baseAddress!.moveInitialize(from: values, count: count)
                initialized = count
            }
        }
    }
}
