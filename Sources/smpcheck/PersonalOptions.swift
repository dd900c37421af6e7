import ArgumentParser
import Foundation
import SMPCheckKit

/// `--avoid`, `--avoid-file` and the profile file: the person's own avoid list and session date.
struct PersonalOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Ingredients, families or concern ids you avoid, comma-separated; repeatable.",
            discussion: "For example: --avoid coconut,lanolin,fragrance-allergen", valueName: "names"))
    var avoid: [String] = []

    @Option(help: ArgumentHelp("A file of names to avoid: one per line or comma-separated; # starts a comment."))
    var avoidFile: String?

    @Flag(help: "Ignore the profile file (SMPCHECK_PROFILE, or ~/.config/smpcheck/profile.toml).")
    var noProfile = false

    /// The profile file: the one `SMPCHECK_PROFILE` names (empty: none), else `~/.config/smpcheck/profile.toml`
    /// when it exists.
    func profile() throws(SMPCheckError) -> Profile? {
        guard !noProfile else { return nil }
        let environment = ProcessInfo.processInfo.environment
        let path: String
        if let named = environment["SMPCHECK_PROFILE"] {
            guard !named.isEmpty else { return nil }
            path = named
        } else {
            path = FileManager.default.homeDirectoryForCurrentUser.appending(path: ".config/smpcheck/profile.toml").path
            guard FileManager.default.fileExists(atPath: path) else { return nil }
        }
        return try Profile(parsing: try Self.text(of: path), path: path)
    }

    /// The avoid list's words: the profile's, then the file's, then the options'.
    func words(profile: Profile?) throws(SMPCheckError) -> [String] {
        var words = profile?.avoid ?? []
        if let avoidFile {
            for line in try Self.text(of: avoidFile).split(whereSeparator: \.isNewline) {
                let content = line.prefix { $0 != "#" }
                words += content.split(separator: ",").map(String.init)
            }
        }
        return words + avoid.flatMap { $0.split(separator: ",").map(String.init) }
    }

    /// Days since the session: `--days` when given, else the profile's session date unless `--phase` is
    /// given. A session date after today is an error.
    func days(given: Int?, phaseGiven: Bool, profile: Profile?) throws(SMPCheckError) -> Int? {
        if let given { return given }
        guard !phaseGiven, let session = profile?.session else { return nil }
        let days = session.days(until: Date())
        guard days >= 0 else { throw .invalidArgument("the profile's session date \(session) is after today") }
        return days
    }

    private static func text(of path: String) throws(SMPCheckError) -> String {
        do {
            return try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw .unreadableInput(source: path, reason: "cannot read it as UTF-8 text")
        }
    }
}
