import Foundation
import Testing

/// End-to-end tests: run the built `smpcheck` binary as a person or script would.
///
/// Serialized: children started at the same time can inherit each other's pipe ends, and a pipe
/// then never reaches end-of-file while another child (such as the test HTTP server) lives.
@Suite("smpcheck command line", .serialized)
struct CLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary `swift build` put beside this test bundle.
    static var binary: URL {
        let products = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let candidate = products.appending(path: "smpcheck")
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
        return root.appending(path: ".build/debug/smpcheck")
    }

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
        var json: [String: Any]? {
            try? JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any]
        }
    }

    /// A child that exits before reading its stdin must not kill the test run with SIGPIPE.
    static let ignoreBrokenPipes: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Runs the binary; a profile file is used only when `profile` names one, whatever the machine has.
    static func run(_ arguments: [String], stdin: String? = nil, profile: String = "") throws -> Run {
        _ = ignoreBrokenPipes
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["SMPCHECK_PROFILE": profile]) { $1 }
        process.currentDirectoryURL = root
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { try? input.fileHandleForWriting.write(contentsOf: Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test(
        "Each sample: verdict and exit status per the contract",
        arguments: [
            ("harsh-shampoo.txt", "avoid", Int32(1)), ("gentle-shampoo.txt", "ok", 0),
            ("light-moisturizer.txt", "ok", 0),
            ("exfoliating-toner.txt", "avoid", 1), ("shopify-body-scrub.html", "avoid", 1),
            ("product-page.html", "ok", 0),
        ])
    func samples(_ sample: String, _ verdict: String, _ status: Int32) throws {
        let run = try Self.run(["--format", "json", "Samples/\(sample)"])
        #expect(run.status == status)
        let json = try #require(run.json)
        #expect(json["verdict"] as? String == verdict)
        #expect(json["schemaVersion"] as? Int == 1 && json["listFound"] as? Bool == true)
        #expect(json["source"] as? String == "Samples/\(sample)")
    }

    @Test("stdin, the check subcommand and --days give the same answer")
    func stdinAndDays() throws {
        let label = "Ingredients: Aqua, Glycolic Acid, Glycerin"
        let healing = try Self.run(["--format", "json", "-"], stdin: label)
        #expect(healing.status == 1 && healing.json?["phase"] as? String == "healing")
        let healed = try Self.run(["check", "--format", "json", "--days", "60"], stdin: label)
        #expect(
            healed.status == 0 && healed.json?["phase"] as? String == "healed"
                && healed.json?["verdict"] as? String == "ok")
        // When it becomes usable: the same days from every phase, and with --days, how many remain.
        for run in [healing, healed] {
            #expect(run.json?["usableFromDay"] as? Int == 43 && run.json?["noAvoidFromDay"] as? Int == 15)
        }
        #expect(healed.json?["daysSinceSession"] as? Int == 60 && healing.json?["daysSinceSession"] == nil)
        let text = try Self.run(["--days", "20", "-"], stdin: label)
        #expect(
            text.stdout.split(separator: "\n").dropFirst().first?.hasSuffix("Day 43 is 23 days away (today is day 20).")
                == true)
    }

    @Test("--avoid, --avoid-file and the profile: personal findings, what was not found, days from the session date")
    func personal() throws {
        let label = "Ingredients: Aqua, Cocos Nucifera (Coconut) Oil, Methylparaben, Glycerin"
        let run = try Self.run(
            ["--format", "json", "--avoid", "coconut", "--avoid", "zinc,parabens", "-"], stdin: label)
        let findings = run.json?["findings"] as? [[String: Any]] ?? []
        #expect(run.status == 1)
        #expect(findings.filter { $0["concern"] as? String == "personal" }.count == 2)
        #expect(run.json?["personalNotFound"] as? [String] == ["zinc"])
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-profile-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let list = folder.appending(path: "avoid.txt")
        try "# my list\nlanolin\nzinc, coconut\n".write(to: list, atomically: true, encoding: .utf8)
        let profile = folder.appending(path: "profile.toml")
        let session = Calendar.current.date(byAdding: .day, value: -9, to: Date())!
        let date = session.formatted(.iso8601.year().month().day().dateSeparator(.dash))
        try "session = \(date)\navoid = [\"parabens\"]\n".write(to: profile, atomically: true, encoding: .utf8)
        let text = try Self.run(["--avoid-file", list.path, "-"], stdin: label, profile: profile.path)
        #expect(text.status == 1)
        #expect(text.stdout.contains("Not advised at any stage (your avoid list).\n"))
        #expect(text.stdout.contains("From your avoid list, not found in this product: lanolin, zinc."))
        #expect(text.stdout.contains("For: healing (days 3 to 14)."))
        // Days from the profile's session date reach the report, as --days would.
        let json = try Self.run(["--format", "json", "-"], stdin: label, profile: profile.path)
        #expect(json.json?["daysSinceSession"] as? Int == 9)
        let phase = try Self.run(["--phase", "healed", "--format", "json", "-"], stdin: label, profile: profile.path)
        #expect(phase.json?["phase"] as? String == "healed" && phase.json?["daysSinceSession"] == nil)
        let ignored = try Self.run(["--no-profile", "--format", "json", "-"], stdin: label, profile: profile.path)
        #expect(ignored.json?["personalNotFound"] == nil && ignored.status == 1)
        try "session = soon\n".write(to: profile, atomically: true, encoding: .utf8)
        let broken = try Self.run(["-"], stdin: label, profile: profile.path)
        #expect(broken.status == 2 && broken.stderr.contains("line 1: session must be a date"))
        let missing = try Self.run(["-"], stdin: label, profile: folder.appending(path: "none.toml").path)
        #expect(missing.status == 2 && missing.stderr.hasPrefix("smpcheck: cannot read"))
    }

    @Test("The same label reads the same in every process")
    func sameInEveryProcess() throws {
        // Real label (sephora-subset:33): a set's per-process order once picked which colour index named it.
        let label =
            "Ingredients: Talc, Mica, Titanium Dioxide (Ci 77891), Iron Oxides (Ci 77491, Ci 77492, Ci 77499) <ILN37355>, Tin Oxide"
        let outputs = try (0..<8).map { _ in try Self.run(["--format", "json", "-"], stdin: label).stdout }
        #expect(Set(outputs).count == 1)
    }

    @Test("Text and Markdown reports explain findings in plain words")
    func textReport() throws {
        let run = try Self.run(["Samples/harsh-shampoo.txt"])
        #expect(run.stdout.hasPrefix("Avoid for now"))
        #expect(run.stdout.contains("Sodium Laureth Sulfate") && run.stdout.contains("Later:"))
        let markdown = try Self.run(["--format", "markdown", "Samples/harsh-shampoo.txt"])
        #expect(markdown.stdout.hasPrefix("## "))
    }

    @Test("No list found, unreadable and binary inputs exit 2 with one line on stderr")
    func failures() throws {
        let prose = try Self.run(["-"], stdin: "Our best-loved formula leaves hair soft and full of shine.")
        #expect(prose.status == 2)
        let missing = try Self.run(["no/such/label.txt"])
        #expect(missing.status == 2 && missing.stderr.hasPrefix("smpcheck: cannot read no/such/label.txt"))
        #expect(missing.stderr.split(separator: "\n").count == 1)
        let folder = try Self.run(["Samples"])
        #expect(folder.status == 2 && folder.stderr.contains("folder"))
        let binary = try Self.run(["-"], stdin: "PK\u{03}\u{04}\u{00}\u{00}binary\u{00}")
        #expect(binary.status == 2 && binary.stderr.contains("not text"))
    }

    @Test("Bad usage exits 64")
    func usage() throws {
        #expect(try Self.run(["--phase", "someday", "Samples/gentle-shampoo.txt"]).status == 64)
        #expect(try Self.run(["--phase", "healed", "--days", "3", "Samples/gentle-shampoo.txt"]).status == 64)
    }

    @Test("--lexicon adds entries from a file; the binary works when copied elsewhere")
    func lexiconAndCopy() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let entries = folder.appending(path: "extra.tsv")
        try
            ("name\tconcerns\tnot\thealing\thealed\tposition\tmarks_tail\tvariants\twhat\treason\ttail_reason\tsource\n"
            + "ZQX TEST OIL\tessential-oil\t\t\t\t\t\t\ta test oil\tflagged for the test\t\ttest\n")
            .write(to: entries, atomically: true, encoding: .utf8)
        let run = try Self.run(["--format", "json", "--lexicon", entries.path, "-"], stdin: "Aqua, Zqx Test Oil")
        #expect(
            run.status == 1
                && (run.json?["findings"] as? [[String: Any]])?.first?["concern"] as? String == "essential-oil")

        let copy = folder.appending(path: "smpcheck")
        try FileManager.default.copyItem(at: Self.binary, to: copy)
        let process = Process()
        process.executableURL = copy
        process.arguments = [Self.root.appending(path: "Samples/harsh-shampoo.txt").path]
        process.currentDirectoryURL = folder
        process.standardOutput = Pipe()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
    }

    @Test("scan: one line per record in order, a reconciling summary on stderr, exit 0")
    func scan() throws {
        let run = try Self.run(["scan", "Samples/catalogs/shopify-products.csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(lines.map { $0?["record"] as? Int } == Array(1...7))
        #expect(
            run.stderr.contains("7 records")
                && run.stderr.contains("avoid 2 · caution 0 · ok 1 · no list found 1 · skipped 3 · errors 0"))
    }

    @Test("scan --format csv -o, --summary and --collection write files; a missing catalog exits 2")
    func scanFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appending(path: "smpcheck-scan-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appending(path: "out.csv")
        let page = folder.appending(path: "summary.html")
        let run = try Self.run([
            "scan", "--format", "csv", "-o", csv.path, "--summary", page.path, "Samples/catalogs/merchant-feed.xml",
        ])
        #expect(run.status == 0 && run.stdout.isEmpty)
        let rows = try String(contentsOf: csv, encoding: .utf8).split(separator: "\r\n")
        #expect(
            rows.first == "record,id,verdict,concerns,flagged,error,skipped,source,usable_from_day,no_avoid_from_day"
                && rows.count == 4)
        #expect(try String(contentsOf: page, encoding: .utf8).contains("<h1>Catalog summary</h1>"))
        // The SMP-safe collection of the sample shop: an import file the shop takes back in.
        let tags = folder.appending(path: "tags.csv")
        let collection = try Self.run([
            "scan", "--collection", "smp-safe", "-o", tags.path, "Samples/catalogs/shopify-products.csv",
        ])
        #expect(collection.status == 0 && collection.stderr.contains("7 records"))
        #expect(
            try String(contentsOf: tags, encoding: .utf8).split(separator: "\r\n").prefix(2) == [
                "Handle,Tags", #"calm-scalp-shampoo,"sensitive, shampoo, smp-safe""#,
            ])
        #expect(
            try Self.run(["scan", "--collection", "x", "--format", "csv", "Samples/catalogs/products.jsonl"]).status
                == 64)
        let missing = try Self.run(["scan", "Samples/catalogs/nothing-here.csv"])
        #expect(
            missing.status == 2
                && missing.stderr.contains("cannot read Samples/catalogs/nothing-here.csv: no such file"))
    }

    @Test("Output into a closed pipe ends quietly (status 141, nothing on stderr), for check and scan")
    func closedPipe() throws {
        _ = Self.ignoreBrokenPipes // children inherit SIGPIPE ignored, so they see EPIPE, not the signal
        for arguments in [["Samples/harsh-shampoo.txt"], ["scan", "Samples/catalogs/shopify-products.csv"]] {
            let process = Process()
            process.executableURL = Self.binary
            process.arguments = arguments
            process.currentDirectoryURL = Self.root
            let out = Pipe()
            let err = Pipe()
            process.standardOutput = out
            process.standardError = err
            try out.fileHandleForReading.close()
            try process.run()
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 141, "\(arguments)")
            #expect(stderr.isEmpty, "\(arguments): \(stderr)")
        }
    }

    @Test("--product names the product: a scrub's particles high in its list read as grit")
    func productOption() throws {
        let label = "Ingredients: Glycerin, Kaolin, Propanediol, Silica, Parfum, PEG-8, Polysorbate 20"
        let plain = try Self.run(["--format", "json", "-"], stdin: label)
        let scrub = try Self.run(["--format", "json", "--product", "Walnut Body Scrub", "-"], stdin: label)
        func grit(_ run: Run) -> Bool {
            (run.json?["findings"] as? [[String: Any]] ?? []).contains {
                $0["concern"] as? String == "physical-exfoliant"
            }
        }
        #expect(!grit(plain) && grit(scrub))
        #expect(
            scrub.json?["productType"] as? String == "exfoliating"
                && scrub.json?["productName"] as? String == "Walnut Body Scrub")
    }

    @Test("Highlights alone exit 2 with the reason, and a scrub meal raises its concern")
    func highlightsAndMeals() throws {
        let highlights = try Self.run(["-"], stdin: "Key ingredients: Niacinamide, Glycolic Acid, Allantoin")
        #expect(highlights.status == 2 && highlights.stdout.contains("Only highlighted ingredients found"))
        let meal = try Self.run(
            ["-"], stdin: "Ingredients: Aqua, Glycerin, Jojoba Seed Meal, Cetyl Alcohol, Phenoxyethanol")
        #expect(meal.status == 1 && meal.stdout.contains("physical-exfoliant"))
    }

    @Test("audit lists the names a catalog prints that smpcheck cannot vouch for")
    func audit() throws {
        let run = try Self.run(["audit", "--top", "5", "Samples/catalogs/products.jsonl"])
        #expect(run.status == 0 && run.stdout.contains("Ingredients read:") && run.stdout.contains("Not recognized:"))
        let missing = try Self.run(["audit", "Samples/catalogs/nothing-here.csv"])
        #expect(missing.status == 2 && missing.stderr.contains("no such file"))
    }
}
