import ClaimTraceCore
import Foundation

/// Paths and helpers shared by the test targets.
public enum TestPaths {
    /// The package root (this file is Tests/TestSupport/TestSupport.swift).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static func sample(_ name: String) -> String { root.appendingPathComponent("Samples/\(name)").path }

    /// `../shared` beside the checkout; tests that need it skip when it is missing.
    public static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")

    public static var seed: String { shared.appendingPathComponent("seeds/000_42f3b1fcdb15ab72.txt").path }

    public static func sharedExists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent(relative).path)
    }

    /// Writes `text` to a fresh temporary file and returns its path.
    public static func temporaryFile(_ text: String, name: String = "input.txt") throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimtrace-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}

extension String {
    /// The substring between two Unicode-scalar offsets (the output contract's unit).
    public func scalars(_ start: Int, _ end: Int) -> String {
        let scalars = Array(unicodeScalars)
        guard start >= 0, end <= scalars.count, start <= end else { return "<out of range \(start)..<\(end)>" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}
