import Foundation

/// A person's profile: the date of their last session and their own avoid list, kept in a file so that
/// neither is typed every time (`~/.config/smpcheck/profile.toml`, or the file `SMPCHECK_PROFILE` names).
///
/// ```toml
/// # smpcheck profile
/// session = 2026-11-30
/// avoid = ["coconut", "lanolin", "fragrance-allergen"]
/// ```
///
/// The file is a small part of TOML: `key = value` lines and `#` comments; `session` is a date
/// (`YYYY-MM-DD`) and `avoid` an array of strings on one line. Any other key is an error, so a typo
/// is not silently ignored.
public struct Profile: Sendable, Equatable {
    /// The day of the last session, as written.
    public var session: SessionDate?
    /// The avoid list's items, as written.
    public var avoid: [String] = []

    /// A calendar day: the day of a session.
    public struct SessionDate: Sendable, Equatable, CustomStringConvertible {
        public var year: Int
        public var month: Int
        public var day: Int

        public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

        /// Whole days from this day to `today`, in the calendar and time zone of this machine.
        public func days(until today: Date, calendar: Calendar = .current) -> Int {
            let start = calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? today
            return calendar.dateComponents([.day], from: start, to: calendar.startOfDay(for: today)).day ?? 0
        }
    }

    public init(session: SessionDate? = nil, avoid: [String] = []) {
        self.session = session
        self.avoid = avoid
    }

    /// Reads a profile's text; `path` names the file in errors.
    public init(parsing text: String, path: String) throws(SMPCheckError) {
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            func fail(_ reason: String) -> SMPCheckError {
                .invalidArgument("profile \(path), line \(offset + 1): \(reason)")
            }
            guard let equals = line.firstIndex(of: "=") else { throw fail("expected key = value") }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "session":
                guard let date = Self.date(value) else { throw fail("session must be a date such as 2026-11-30") }
                session = date
            case "avoid":
                guard let items = Self.strings(value) else {
                    throw fail("avoid must be a list of quoted names such as [\"coconut\", \"lanolin\"]")
                }
                avoid = items
            default:
                throw fail("unknown key \"\(key)\" (a profile has session and avoid)")
            }
        }
    }

    /// `2026-11-30`, or the same quoted.
    private static func date(_ value: String) -> SessionDate? {
        let parts = value.trimmingCharacters(in: CharacterSet(charactersIn: "\"")).split(separator: "-")
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return SessionDate(year: year, month: month, day: day)
    }

    /// `["a", "b"]`: quoted strings (with `\"` and `\\` escapes) separated by commas.
    private static func strings(_ value: String) -> [String]? {
        guard value.hasPrefix("["), value.hasSuffix("]") else { return nil }
        var items: [String] = []
        var current: String?
        var escaped = false
        for character in value.dropFirst().dropLast() {
            if var text = current {
                if escaped {
                    text.append(character)
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    items.append(text)
                    current = nil
                    continue
                } else {
                    text.append(character)
                }
                current = text
            } else if character == "\"" {
                current = ""
            } else if !character.isWhitespace && character != "," {
                return nil
            }
        }
        return current == nil ? items : nil
    }
}
