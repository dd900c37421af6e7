import SMPCheckKit

/// Start-up: wall time of `smpcheck Samples/<label>` as a whole process, lexicon load included,
/// beside what it is made of: the bare process (`smpcheck --version`: loading the binary and its
/// libraries) and building the lexicon in this process.
struct Startup {
    let binary: String
    let sample: String
    let lexiconFolder: String
    let runs: Int

    func run() throws {
        let check = times { Measure.spawn(binary, [sample]).seconds }
        let bare = times { Measure.spawn(binary, ["--version"]).seconds }
        // The same data files the binary embeds, read from the folder (page-cached) where a start
        // finds them in the binary: otherwise the work every start does.
        let lexicon = try times { try Measure.seconds { _ = try LexiconLoader.load(mergingFilesAt: lexiconFolder) } }
        print("## Start-up, \(runs) runs each (milliseconds)\n")
        print("| what | median | fastest | slowest |")
        print("|---|---:|---:|---:|")
        row("`smpcheck \(sample)`", check)
        row("`smpcheck --version` (process only)", bare)
        row("lexicon build, in-process", lexicon)
        print()
    }

    /// `runs` timings of `once`, fastest first.
    private func times(_ once: () throws -> Double) rethrows -> [Double] {
        try (0..<runs).map { _ in try once() }.sorted()
    }

    private func row(_ name: String, _ times: [Double]) {
        let ms = { (value: Double) in Measure.format(value * 1000) }
        print("| \(name) | \(ms(times[times.count / 2])) | \(ms(times[0])) | \(ms(times[times.count - 1])) |")
    }
}
