import Foundation

/// A value behind a reader-writer lock, for the caches every worker of a scan reads at once:
/// readers never wait for each other, and only a cache miss takes the lock exclusively.
///
/// A `pthread` lock rather than `Synchronization.Mutex`: ThreadSanitizer sees `pthread` locking,
/// but not the standard library's own lock on Linux, and then reports every guarded access as a
/// race, which would hide real ones in the concurrent scan.
///
/// The value lives behind a pointer, not in a stored property: reading a class's stored property
/// for a call copies it out, and a cache of several tables was then copied (every buffer retained
/// and released) for every lookup. A pointer's `pointee` is lent to the reader in place.
///
/// Noncopyable, and owner of its memory, rather than a class: its owner holds it in place, with no
/// object of its own to allocate and read the pointers through.
struct Locked<Value>: ~Copyable, @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_rwlock_t>
    private let value: UnsafeMutablePointer<Value>

    init(_ value: Value) {
        self.value = .allocate(capacity: 1)
        self.value.initialize(to: value)
        lock = .allocate(capacity: 1)
        pthread_rwlock_init(lock, nil)
    }

    deinit {
        pthread_rwlock_destroy(lock)
        lock.deallocate()
        value.deinitialize(count: 1)
        value.deallocate()
    }

    /// Exclusive access, to change the value.
    func withLock<Result>(_ body: (inout Value) throws -> Result) rethrows -> Result {
        pthread_rwlock_wrlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(&value.pointee)
    }

    /// Shared access, to read it.
    func read<Result>(_ body: (Value) throws -> Result) rethrows -> Result {
        pthread_rwlock_rdlock(lock)
        defer { pthread_rwlock_unlock(lock) }
        return try body(value.pointee)
    }
}

extension Locked {
    /// The value `make` builds on first use, then kept: later calls only take the shared lock to read
    /// it. For indexes that start-up should not pay for, since most runs never ask for them.
    func once<Wrapped>(_ make: () -> Wrapped) -> Wrapped where Value == Wrapped? {
        if let value = read({ $0 }) { return value }
        return withLock { value in
            if let value { return value }
            let made = make()
            value = made
            return made
        }
    }
}
