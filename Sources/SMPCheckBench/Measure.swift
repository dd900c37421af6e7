import Foundation

/// Timing and process helpers for the benchmark.
enum Measure {
    /// Wall seconds of `body`.
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        let elapsed = clock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    /// Wall seconds of one run of `body`, run again and again until `minimum` seconds have passed: a
    /// pass of a few milliseconds is too short to time on its own.
    static func secondsPerRun(minimum: Double = 0.1, _ body: () throws -> Void) rethrows -> Double {
        var runs = 0
        var total = 0.0
        while total < minimum {
            total += try seconds(body)
            runs += 1
        }
        return total / Double(runs)
    }

    struct ProcessRun {
        var seconds: Double
        var status: Int32
        /// Peak resident memory of the child, in megabytes.
        var peakMegabytes: Double
        var stderr: String
    }

    /// Runs a program to completion, stdout to /dev/null, and reports its wall time and peak memory.
    ///
    /// The peak comes from GNU time (`/usr/bin/time -f %M`) when it is installed: a child spawned
    /// straight from this process shares its address space until exec, and the kernel then counts
    /// this (large) process's resident memory as the child's peak. GNU time forks from a small
    /// process, so its figure is the program's own. Without it, `wait4`'s figure is a ceiling.
    static func run(_ executable: String, _ arguments: [String]) -> ProcessRun {
        let time = "/usr/bin/time"
        guard FileManager.default.isExecutableFile(atPath: time) else { return spawn(executable, arguments) }
        var run = spawn(time, ["-f", "\(peakMarker)%M", executable] + arguments)
        var lines = run.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        if let index = lines.lastIndex(where: { $0.hasPrefix(peakMarker) }) {
            run.peakMegabytes = (Double(lines[index].dropFirst(peakMarker.count)) ?? 0) / 1024
            lines.remove(at: index)
            run.stderr = lines.joined(separator: "\n")
            // GNU time reports a child's exit status through its own.
        }
        return run
    }

    private static let peakMarker = "smpcheck-bench-peak-kb "

    /// Runs a program to completion, stdout to /dev/null: wall time and status (the memory figure is a ceiling).
    static func spawn(_ executable: String, _ arguments: [String]) -> ProcessRun {
        let errorPath = FileManager.default.temporaryDirectory.appending(
            path: "smpcheck-bench-\(UUID().uuidString).err"
        ).path
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for argument in argv { free(argument) } }
        var pid: pid_t = 0
        var spawned: Int32 = 0
        var status: Int32 = 0
        var usage = rusage()
        let elapsed = seconds {
            spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
            if spawned == 0 { wait4(pid, &status, 0, &usage) }
        }
        guard spawned == 0 else {
            return ProcessRun(seconds: 0, status: -1, peakMegabytes: 0, stderr: "cannot start \(executable)")
        }
        let stderr = (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errorPath)
        return ProcessRun(
            seconds: elapsed, status: (status >> 8) & 0xFF, peakMegabytes: Double(usage.ru_maxrss) / 1024,
            stderr: stderr)
    }

    /// The middle value (the upper of the two middle ones for an even count).
    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
}
