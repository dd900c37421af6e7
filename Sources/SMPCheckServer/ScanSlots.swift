import Synchronization

/// How many `/v1/scan` requests run at once. Each scan already keeps every core busy, so more at
/// once would only share the cores and hold more memory; one over the limit is answered 429.
final class ScanSlots: Sendable {
    let limit: Int
    private let running = Atomic<Int>(0)

    init(limit: Int) { self.limit = max(1, limit) }

    /// A slot, or nil when all are taken. The slot is free again when the permit is released, so a
    /// response that is never written (the client left first) cannot keep one.
    func take() -> Permit? {
        var current = running.load(ordering: .relaxed)
        while current < limit {
            let (exchanged, found) = running.compareExchange(
                expected: current, desired: current + 1, ordering: .acquiringAndReleasing)
            if exchanged { return Permit(slots: self) }
            current = found
        }
        return nil
    }

    /// One running scan's slot, held as long as the scan's response is.
    final class Permit: Sendable {
        private let slots: ScanSlots

        fileprivate init(slots: ScanSlots) { self.slots = slots }

        deinit { slots.running.subtract(1, ordering: .releasing) }
    }
}
