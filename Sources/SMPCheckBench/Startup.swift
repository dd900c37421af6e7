/// Start-up: wall time of `smpcheck Samples/<label>` as a whole process, lexicon load included.
struct Startup {
    let binary: String
    let sample: String
    let runs: Int

    func run() {
        var times = (0..<runs).map { _ in Measure.spawn(binary, [sample]).seconds }
        times.sort()
        print("## Start-up: `smpcheck \(sample)`, \(runs) runs\n")
        print("median \(Measure.format(times[runs / 2] * 1000)) ms, fastest \(Measure.format(times[0] * 1000)) ms, "
            + "slowest \(Measure.format(times[runs - 1] * 1000)) ms\n")
    }
}
