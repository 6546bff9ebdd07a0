import CSQLite
import Exporters
import Foundation
import SwiftCSV
import TestSupport
import Testing

/// Runs the built `claimtrace` and returns its exit status, stdout and stderr.
func claimtrace(_ arguments: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
    let process = Process()
    process.executableURL = try binary()
    process.arguments = arguments
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    if let stdin {
        let input = Pipe()
        process.standardInput = input
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
    } else {
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

struct BinaryMissing: Error, CustomStringConvertible {
    var description: String { "the claimtrace binary was not found next to the tests or in .build/debug" }
}

func binary(_ name: String = "claimtrace") throws -> URL {
    let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for candidate in [
        beside.appendingPathComponent(name), beside.deletingLastPathComponent().appendingPathComponent(name),
        TestPaths.root.appendingPathComponent(".build/debug/" + name),
    ] where FileManager.default.isExecutableFile(atPath: candidate.path) {
        return candidate
    }
    throw BinaryMissing()
}

struct ExtractCommandTests {
    @Test(.enabled(if: TestPaths.sharedExists("seeds"), "../shared/seeds is missing: skipped"))
    func seedDumpEndToEnd() throws {
        let result = try claimtrace(["extract", TestPaths.seed])
        #expect(result.status == 0)
        #expect(result.err.contains("5 articles"))
        let records = result.out.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(records.count > 5)
        #expect(records.contains { ($0["text"] as? String)?.contains("Nomura") == true })
    }

    @Test func standardInputAndJobsGiveIdenticalBytes() throws {
        let input = try String(contentsOfFile: TestPaths.sample("articles.txt"), encoding: .utf8)
        let one = try claimtrace(["extract", "--jobs", "1", "--input-format", "text"], stdin: input)
        let two = try claimtrace(["extract", "--jobs", "2", "-"], stdin: input)
        let file = try claimtrace(["extract", "--jobs", "3", TestPaths.sample("articles.txt")])
        #expect(one.status == 0)
        #expect(!one.out.isEmpty)
        #expect(one.out == two.out)
        #expect(one.out == file.out)
    }

    @Test func rejectedRecordsAreReportedAndStrictFails() throws {
        let lenient = try claimtrace(["extract", TestPaths.sample("broken.jsonl")])
        #expect(lenient.status == 0)
        #expect(lenient.err.contains("broken.jsonl:2:"))
        #expect(lenient.err.contains("broken.jsonl:3:"))
        #expect(lenient.err.contains("2 rejected"))
        #expect(lenient.out.split(separator: "\n").count == 2)

        let outputPath = try TestPaths.temporaryFile("previous contents\n", name: "claims.jsonl")
        let strict = try claimtrace(["extract", "--strict", TestPaths.sample("broken.jsonl"), "-o", outputPath])
        #expect(strict.status == 1)
        #expect(try String(contentsOfFile: outputPath, encoding: .utf8) == "previous contents\n")
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: URL(fileURLWithPath: outputPath).deletingLastPathComponent().path)
        #expect(leftovers == ["claims.jsonl"])
    }

    @Test func outputFileIsWrittenWhole() throws {
        let outputPath = try TestPaths.temporaryFile("old\n", name: "claims.csv")
        let result = try claimtrace(["extract", TestPaths.sample("articles.jsonl"), "--format", "csv", "-o", outputPath])
        #expect(result.status == 0)
        #expect(result.out.isEmpty)
        let csv = try String(contentsOfFile: outputPath, encoding: .utf8)
        #expect(csv.hasPrefix("\"claim_id\",\"article_id\""))
    }

    @Test func usageErrorsExit64AndListValidValues() throws {
        let badFormat = try claimtrace(["extract", "--format", "yaml", TestPaths.sample("articles.txt")])
        #expect(badFormat.status == 64)
        #expect(badFormat.err.contains("jsonl"))
        let badJobs = try claimtrace(["extract", "--jobs", "0", TestPaths.sample("articles.txt")])
        #expect(badJobs.status == 64)
        let unknown = try claimtrace(["extract", "--frobnicate"])
        #expect(unknown.status == 64)
    }

    @Test func missingInputExits1AndNamesTheFile() throws {
        let result = try claimtrace(["extract", "/nonexistent/dump.txt"])
        #expect(result.status == 1)
        #expect(result.err.contains("/nonexistent/dump.txt"))
    }

    @Test func allSentencesEmitsEverySentence() throws {
        let claims = try claimtrace(["extract", TestPaths.sample("articles.jsonl")])
        let all = try claimtrace(["extract", "--all-sentences", TestPaths.sample("articles.jsonl")])
        #expect(all.out.split(separator: "\n").count > claims.out.split(separator: "\n").count)
    }
}

struct PipelineFileTests {
    @Test func defaultPipelineFileGivesTheDefaultOutput() throws {
        let plain = try claimtrace(["extract", TestPaths.sample("articles.txt")])
        let withFile = try claimtrace([
            "extract", "--pipeline", TestPaths.root.appendingPathComponent("Pipelines/default.yaml").path,
            TestPaths.sample("articles.txt"),
        ])
        #expect(withFile.status == 0)
        #expect(withFile.out == plain.out)
    }

    @Test func pipelineWithoutAttributionHasNoSources() throws {
        let path = try TestPaths.temporaryFile("stages:\n  - segment\n  - quantities\n  - claims\n", name: "p.yaml")
        let result = try claimtrace(["extract", "--pipeline", path, TestPaths.sample("articles.txt")])
        #expect(result.status == 0)
        #expect(!result.out.isEmpty)
        #expect(!result.out.contains("\"basis\""))
    }

    @Test func badPipelineNamesTheFileAndLine() throws {
        let path = try TestPaths.temporaryFile("stages:\n  - segment\n  - translate\n", name: "bad.yaml")
        let result = try claimtrace(["extract", "--pipeline", path, TestPaths.sample("articles.txt")])
        #expect(result.status == 64)
        #expect(result.err.contains("bad.yaml:3"))
        #expect(result.err.contains("translate"))
    }
}

struct ReviewRoundTripTests {
    /// A reviewer marks rows in the first sheet; a re-run keeps that work.
    @Test(arguments: ["csv", "xlsx"])
    func statusAndNotesSurviveARerun(format: String) throws {
        let first = try TestPaths.temporaryFile("", name: "claims.csv")
        var result = try claimtrace(["extract", TestPaths.sample("articles.jsonl"), "--format", "csv", "-o", first])
        #expect(result.status == 0)
        // A .csv file gets the byte-order mark Excel needs (Foundation drops it when decoding).
        #expect(try Data(contentsOf: URL(fileURLWithPath: first)).prefix(3) == Data([0xEF, 0xBB, 0xBF]))
        var csv = try String(contentsOfFile: first, encoding: .utf8)
        // Mark the row of "2.3 percent" as checked, and add a row for a claim that no longer exists.
        var lines = csv.components(separatedBy: "\r\n")
        let row = try #require(lines.firstIndex { $0.contains("\"2.3 percent\"") })
        #expect(lines[row].hasSuffix(",,"))
        lines[row] = String(lines[row].dropLast(2)) + ",\"checked\",\"=matches the release\""
        let orphan = ["\"0000000000000000\""] + Array(repeating: "", count: ReviewSheet.columns.count - 3) + ["\"wrong\"", "\"figure was withdrawn\""]
        lines.insert(orphan.joined(separator: ","), at: lines.count - 1)
        csv = lines.joined(separator: "\r\n")
        try csv.write(toFile: first, atomically: true, encoding: .utf8)

        let second = try TestPaths.temporaryFile("", name: "claims2." + format)
        result = try claimtrace([
            "extract", TestPaths.sample("articles.jsonl"), "--format", format, "--review", first, "-o", second,
        ])
        #expect(result.status == 0)
        #expect(result.err.contains("1 reviewed row no longer match"))
        let rows: [[String]]
        if format == "csv" {
            let text = try String(contentsOfFile: second, encoding: .utf8)
            rows = try CSV<Enumerated>(string: text, delimiter: .comma, loadColumns: false).rows
        } else {
            rows = try #require(XLSXReader.rows(Array(try Data(contentsOf: URL(fileURLWithPath: second)))))
        }
        let status = try #require(ReviewSheet.columns.firstIndex(of: "status"))
        let notes = status + 1
        let figure = try #require(ReviewSheet.columns.firstIndex(of: "figure"))
        let checked = try #require(rows.first { $0.count > figure && $0[figure] == "2.3 percent" })
        #expect(checked[status] == "checked")
        #expect(checked[notes] == (format == "csv" ? "'=matches the release" : "=matches the release"))
        #expect(rows.last?[notes] == "[claim no longer found] figure was withdrawn")
        #expect(rows.last?[status] == "wrong")
    }

    @Test func reviewNeedsASheetFormat() throws {
        let result = try claimtrace(["extract", TestPaths.sample("articles.jsonl"), "--review", "x.csv"])
        #expect(result.status == 64)
    }
}

/// The Spark recipe (Pipelines/spark) gives the single-process claims. Runs only where
/// pyspark and Java are installed: `pip install pyspark` (Java 17 is on the machine).
struct SparkRecipeTests {
    static var sparkAvailable: Bool {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import pyspark, shutil, sys; sys.exit(0 if shutil.which('java') else 1)"]
        probe.standardOutput = FileHandle.nullDevice
        probe.standardError = FileHandle.nullDevice
        guard (try? probe.run()) != nil else { return false }
        probe.waitUntilExit()
        return probe.terminationStatus == 0
    }

    @Test(.enabled(if: sparkAvailable, "pyspark or Java is not installed: Spark recipe skipped"),
          .timeLimit(.minutes(5)))
    func partitionsGiveTheSingleProcessClaims() throws {
        // A dump big enough for several partitions: the JSON samples, many times over, with distinct ids.
        let sample = try String(contentsOfFile: TestPaths.sample("articles.jsonl"), encoding: .utf8)
        var lines: [String] = []
        for copy in 0..<40 {
            for (n, line) in sample.split(separator: "\n").enumerated() {
                var record = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
                record["id"] = "copy-\(copy)-\(n)"
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        let input = try TestPaths.temporaryFile(lines.joined(separator: "\n") + "\n", name: "dump.jsonl")
        let output = URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent("spark-out").path
        let spark = Process()
        spark.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        spark.arguments = [
            "python3", TestPaths.root.appendingPathComponent("Pipelines/spark/claimtrace_spark.py").path, input, output,
            "--claimtrace", try binary().path, "--partitions", "3", "--master", "local[2]", "--groups", output + "-groups",
        ]
        spark.standardOutput = FileHandle.nullDevice
        spark.standardError = FileHandle.nullDevice
        try spark.run()
        spark.waitUntilExit()
        #expect(spark.terminationStatus == 0)

        let parts = try FileManager.default.contentsOfDirectory(atPath: output).filter { $0.hasPrefix("part-") }.sorted()
        #expect(parts.count == 3)
        let fromSpark = try parts.flatMap { part in
            try String(contentsOfFile: output + "/" + part, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let single = try claimtrace(["extract", input]).out.split(separator: "\n").map(String.init)
        func withoutIndex(_ line: String) throws -> NSDictionary {
            var record = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            var article = try #require(record["article"] as? [String: Any])
            article["index"] = nil
            record["article"] = article
            return record as NSDictionary
        }
        #expect(fromSpark.count == single.count)
        #expect(try fromSpark.map(withoutIndex) == single.map(withoutIndex))

        // The groups across partitions are the groups of one process.
        let groupParts = try FileManager.default.contentsOfDirectory(atPath: output + "-groups").filter { $0.hasPrefix("part-") }
        let sparkGroups = try groupParts.flatMap { part in
            try String(contentsOfFile: output + "-groups/" + part, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        let claimsFile = try TestPaths.temporaryFile(single.joined(separator: "\n") + "\n", name: "claims.jsonl")
        let localGroups = try claimtrace(["group", claimsFile]).out.split(separator: "\n").map(String.init)
        #expect(try GroupingTests.summary(sparkGroups) == GroupingTests.summary(localGroups))
    }
}

/// The grouping step of the Spark recipe, run as plain Python on one machine, gives `claimtrace group`'s groups.
struct GroupingTests {
    /// Each group as "key: article count, sorted article ids".
    static func summary(_ lines: [String]) throws -> [String] {
        try lines.map { line in
            let g = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let ids = (g["article_ids"] as? [String] ?? []).sorted().joined(separator: " ")
            return "\(g["fingerprint"] ?? "")|\(g["source"] ?? ""): \(g["articles"] ?? 0) \(g["first_date"] ?? "-") \(ids)"
        }.sorted()
    }

    @Test func theRecipesGroupsAreTheCommandsGroups() throws {
        let dump = DatabaseCommandTests.dump
        let input = try TestPaths.temporaryFile(dump, name: "dump.jsonl")
        let claims = URL(fileURLWithPath: input).deletingLastPathComponent().appendingPathComponent("claims.jsonl").path
        #expect(try claimtrace(["extract", input, "-o", claims]).status == 0)
        let python = Process()
        python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        python.currentDirectoryURL = TestPaths.root.appendingPathComponent("Pipelines/spark")
        python.arguments = [
            "python3", "-c",
            """
            import functools, sys, claimtrace_spark as r
            groups = {}
            for line in open(sys.argv[1]):
                for key, member in r.statistics(line):
                    groups[key] = r.merge(groups[key], member) if key in groups else member
            for g in groups.values(): print(r.group_line(g))
            """,
            claims,
        ]
        let pipe = Pipe()
        python.standardOutput = pipe
        try python.run()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        python.waitUntilExit()
        #expect(python.terminationStatus == 0)
        let fromRecipe = out.split(separator: "\n").map(String.init)
        let fromCommand = try claimtrace(["group", claims]).out.split(separator: "\n").map(String.init)
        #expect(!fromCommand.isEmpty)
        #expect(try Self.summary(fromRecipe) == Self.summary(fromCommand))
    }
}

struct InterruptTests {
    /// SIGINT in the middle of a run: exit 130, the existing output untouched, no temporary file left.
    /// The input comes through a pipe that stays open, so the run cannot end before the signal.
    @Test(.timeLimit(.minutes(2)))
    func interruptedRunLeavesTheOutputAlone() throws {
        let folder = URL(fileURLWithPath: try TestPaths.temporaryFile("", name: "placeholder.txt")).deletingLastPathComponent()
        try FileManager.default.removeItem(at: folder.appendingPathComponent("placeholder.txt"))
        let output = folder.appendingPathComponent("claims.jsonl").path
        try "earlier results\n".write(toFile: output, atomically: true, encoding: .utf8)
        let input = Pipe()
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["extract", "--input-format", "text", "-o", output, "--no-progress"]
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        let paragraph = String(repeating: "Exports rose 5 percent in March, the ministry said. ", count: 200) + "\n"
        signal(SIGPIPE, SIG_IGN)  // a run that ended early makes the writes fail, not the test process die
        for _ in 0..<200 { try input.fileHandleForWriting.write(contentsOf: Data(paragraph.utf8)) }
        // Wait until the run has created its temporary file, then interrupt it.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, process.isRunning,
            (try FileManager.default.contentsOfDirectory(atPath: folder.path)).allSatisfy({ !$0.contains(".claimtrace-") })
        {
            usleep(20_000)
        }
        try #require(process.isRunning, "the run ended before it could be interrupted")
        process.interrupt()
        process.waitUntilExit()
        try? input.fileHandleForWriting.close()
        #expect(process.terminationStatus == 130)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "earlier results\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == ["claims.jsonl"])
    }
}

/// Inputs the fuzzer found interesting (and any that crashed it, once fixed) go through the
/// fuzz target again in every test run: Tests/FuzzInputs, plus the hostile samples.
struct FuzzRegressionTests {
    @Test func savedFuzzInputsRunClean() throws {
        let folder = TestPaths.root.appendingPathComponent("Tests/FuzzInputs").path
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder).sorted().map { folder + "/" + $0 }
        #expect(inputs.count >= 10)
        let replay = Process()
        replay.executableURL = try binary("claimtrace-fuzz")
        replay.arguments = inputs + [TestPaths.sample("hostile/billion-laughs.xml"), TestPaths.sample("hostile/external-entity.xml")]
        replay.standardError = FileHandle.nullDevice
        try replay.run()
        replay.waitUntilExit()
        #expect(replay.terminationStatus == 0)
    }
}

/// The HTML report in a real headless browser (Debian's chromium); skipped where none is installed.
struct HTMLReportBrowserTests {
    static let browser: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.browser))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] + arguments
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    @Test(.enabled(if: browser != nil, "no chromium installed: browser check skipped"), .timeLimit(.minutes(2)))
    func filtersWorkAndThePageRenders() throws {
        let report = try TestPaths.temporaryFile("", name: "report.html")
        let result = try claimtrace(["extract", TestPaths.sample("articles.jsonl"), "--format", "html", "-o", report])
        #expect(result.status == 0)
        // The DOM after the script ran, filtered to money figures through the URL fragment.
        let dom = try run(["--dump-dom", "file://" + report + "#kind=money"])
        // What the page shows is in <main>; every claim also waits in the template.
        let all = dom.components(separatedBy: "<template id=\"claims\">").last?.components(separatedBy: "<div class=\"claim\"").dropFirst() ?? []
        let shown = dom.components(separatedBy: "<main>").dropFirst().first?.components(separatedBy: "</main>").first ?? ""
        let visible = shown.components(separatedBy: "<div class=\"claim\"").dropFirst()
        #expect(all.count > 5)
        #expect(!visible.isEmpty)
        #expect(visible.count < all.count)
        #expect(visible.allSatisfy { $0.prefix(300).contains("money") })
        #expect(dom.contains("\(visible.count) of \(all.count) claims"))
        // And a screenshot with something on it.
        let png = URL(fileURLWithPath: report).deletingLastPathComponent().appendingPathComponent("report.png").path
        _ = try run(["--screenshot=" + png, "--window-size=1200,1600", "file://" + report])
        let size = (try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0
        #expect(size > 20_000)
    }
}

/// The report's overview on a real dump, in the browser: counts that match the JSON Lines of the same run, a
/// screenshot, and a click on a source bar that filters the list (a harness page drives the report in a frame).
struct OverviewBrowserTests {
    static let reuters = "corpora/reuters21578/reut2-000.sgm.gz"

    @Test(.enabled(if: HTMLReportBrowserTests.browser != nil && TestPaths.sharedExists(reuters),
                   "no chromium, or ../shared is missing: overview check skipped"),
          .timeLimit(.minutes(3)))
    func theOverviewCountsTheRunAndItsBarsFilter() throws {
        let input = TestPaths.shared.appendingPathComponent(Self.reuters).path
        let report = try TestPaths.temporaryFile("", name: "report.html")
        let folder = URL(fileURLWithPath: report).deletingLastPathComponent().path
        #expect(try claimtrace(["extract", input, "--format", "html", "-o", report]).status == 0)
        let jsonl = try claimtrace(["extract", input])
        let records = try jsonl.out.split(separator: "\n").map { line in
            try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        let articles = Set(records.compactMap { ($0["article"] as? [String: Any])?["id"] as? String }).count
        let statistics = records.reduce(0) { sum, r in
            sum + ((r["quantities"] as? [[String: Any]]) ?? []).filter { $0["statistic"] as? Bool == true }.count
        }
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("<b>\(articles)</b> articles · <b>\(records.count)</b> claims · <b>\(statistics)</b> statistics"))
        // The summary command prints the same totals.
        let claimsFile = folder + "/claims.jsonl"
        try jsonl.out.write(toFile: claimsFile, atomically: true, encoding: .utf8)
        let summary = try claimtrace(["summary", claimsFile])
        #expect(summary.out.hasPrefix("Overview: \(articles) articles, \(records.count) claims, \(statistics) statistics"))

        let browser = HTMLReportBrowserTests()
        let png = folder + "/overview.png"
        _ = try browser.run(["--screenshot=" + png, "--window-size=1200,1400", "file://" + report])
        #expect(((try FileManager.default.attributesOfItem(atPath: png)[.size] as? Int) ?? 0) > 20_000)

        // A harness clicks the first source bar inside the report and writes what the report then shows.
        let harness = folder + "/harness.html"
        try """
            <!DOCTYPE html><html><body><iframe id="r" src="report.html" width="1200" height="800"></iframe><pre id="out"></pre>
            <script>
            document.getElementById("r").addEventListener("load", function () {
              var doc = this.contentDocument, bar = doc.querySelector('a.bar[data-filter^="source="]');
              bar.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, view: this.contentWindow }));
              setTimeout(function () {
                var visible = Array.prototype.slice.call(doc.querySelectorAll(".claim")).filter(function (c) { return !c.hidden; });
                document.getElementById("out").textContent = [bar.getAttribute("data-filter"), doc.getElementById("count").textContent,
                  visible.every(function (c) { return c.getAttribute("data-source").indexOf(bar.getAttribute("data-filter").slice(7).toLowerCase()) >= 0; })].join("|");
              }, 500);
            });
            </script></body></html>
            """.write(toFile: harness, atomically: true, encoding: .utf8)
        let dom = try browser.run(["--allow-file-access-from-files", "--virtual-time-budget=5000", "--dump-dom", "file://" + harness])
        let out = try #require(dom.components(separatedBy: "<pre id=\"out\">").dropFirst().first?.components(separatedBy: "</pre>").first)
        let parts = out.components(separatedBy: "|")
        #expect(parts.count == 3)
        #expect(parts.first?.hasPrefix("source=") == true)
        let shown = Int(parts.count > 1 ? parts[1].components(separatedBy: " ").first ?? "" : "") ?? -1
        #expect(shown > 0 && shown < records.count, "the click filtered to \(shown) of \(records.count)")
        #expect(parts.last == "true")
    }
}

/// LibreOffice (Debian's libreoffice-calc-nogui) opens what we write and reads the figures as numbers.
struct LibreOfficeTests {
    static let soffice: String? = ["/usr/bin/soffice", "/usr/bin/libreoffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    func convert(_ file: String, to filter: String, in folder: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.soffice))
        process.arguments = ["--headless", "--convert-to", filter, "--outdir", folder, file]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test(.enabled(if: soffice != nil, "LibreOffice is not installed: skipped"), .timeLimit(.minutes(3)))
    func workbookAndCSVOpenWithNumericFigures() throws {
        let xlsx = try TestPaths.temporaryFile("", name: "claims.xlsx")
        let folder = URL(fileURLWithPath: xlsx).deletingLastPathComponent().path
        let csv = folder + "/claims.csv"
        #expect(try claimtrace(["extract", TestPaths.sample("articles.jsonl"), "--format", "xlsx", "-o", xlsx]).status == 0)
        #expect(try claimtrace(["extract", TestPaths.sample("articles.jsonl"), "--format", "csv", "-o", csv]).status == 0)

        // Our workbook, saved by LibreOffice as CSV with every text cell quoted: figures come out bare.
        try convert(xlsx, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,true", in: folder + "/fromxlsx")
        let fromWorkbook = try String(contentsOfFile: folder + "/fromxlsx/claims.csv", encoding: .utf8)
        #expect(fromWorkbook.contains("\"2.3 percent\",20,31,\"percent\",2.3,"))
        #expect(fromWorkbook.components(separatedBy: "\n").filter { !$0.isEmpty }.count > 12)

        // Our CSV, saved by LibreOffice as a workbook: the value cell is a number, not text.
        try convert(csv, to: "xlsx", in: folder + "/fromcsv")
        let archive = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/fromcsv/claims.xlsx")))
        let rows = try #require(XLSXReader.rows(archive))
        let value = try #require(ReviewSheet.columns.firstIndex(of: "value"))
        #expect(rows.dropFirst().first?[value] == "2.3")
        let sheet = String(decoding: try #require(Zip.entries(archive)?["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        let cell = try #require(sheet.range(of: "<c r=\"O2\"[^>]*>", options: .regularExpression))
        #expect(!sheet[cell].contains("t=\"s\"") && !sheet[cell].contains("t=\"str\""), "\(sheet[cell])")
    }
}

struct SpecialOutputTests {
    /// `-o` on a FIFO (or a device such as /dev/null) writes into it; the atomic
    /// temporary-file-and-rename would replace it with a regular file.
    @Test(.timeLimit(.minutes(1)))
    func namedPipeStaysANamedPipe() throws {
        let folder = URL(fileURLWithPath: try TestPaths.temporaryFile("", name: "x")).deletingLastPathComponent().path
        let fifo = folder + "/claims.fifo"
        #expect(mkfifo(fifo, 0o644) == 0)
        let captured = folder + "/captured.jsonl"
        let cat = Process()
        cat.executableURL = URL(fileURLWithPath: "/bin/sh")
        cat.arguments = ["-c", "cat \"$0\" > \"$1\"", fifo, captured]
        try cat.run()
        let result = try claimtrace(["extract", TestPaths.sample("articles.txt"), "-o", fifo])
        cat.waitUntilExit()
        #expect(result.status == 0)
        #expect(try String(contentsOfFile: captured, encoding: .utf8).split(separator: "\n").count == 12)
        var info = stat()
        #expect(stat(fifo, &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFIFO)
    }
}

struct DatabaseCommandTests {
    static let dump = """
        {"id":"wire-1","date":"2024-03-01","text":"Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey showed."}
        {"id":"paper-2","date":"2024-03-02","text":"Just 9 percent of consumers said they have used generative AI, a Nomura Research Institute survey showed."}
        {"id":"local-3","date":"2024-03-05","text":"The council approved 12 new homes on Tuesday, the mayor said."}

        """

    @Test func aDatabaseNeedsAFileName() throws {
        let result = try claimtrace(["extract", TestPaths.sample("articles.jsonl"), "--format", "sqlite"])
        #expect(result.status == 64)
        #expect(result.err.contains("-o"))
    }

    @Test func groupsFromJSONLinesMatchTheDatabase() throws {
        let input = try TestPaths.temporaryFile(Self.dump, name: "dump.jsonl")
        let directory = URL(fileURLWithPath: input).deletingLastPathComponent().path
        let jsonl = directory + "/claims.jsonl"
        #expect(try claimtrace(["extract", input, "-o", jsonl]).status == 0)
        #expect(try claimtrace(["extract", input, "--format", "sqlite", "-o", directory + "/claims.db"]).status == 0)
        let grouped = try claimtrace(["group", jsonl, "--min-articles", "2"])
        #expect(grouped.status == 0)
        let lines = grouped.out.split(separator: "\n")
        #expect(lines.count == 1)
        let line = try #require(lines.first)
        let group = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(group["figure"] as? String == "9 percent")
        #expect(group["source"] as? String == "nomura research institute")
        #expect(group["articles"] as? Int == 2)
        #expect(group["first_article"] as? String == "wire-1")
        #expect(group["article_ids"] as? [String] == ["wire-1", "paper-2"])
        // The database groups the same statistic under the same fingerprint.
        let csv = try claimtrace(["group", jsonl, "--format", "csv", "--min-articles", "2"]).out
        #expect(csv.contains("\"\(group["fingerprint"] as? String ?? "?")\",\"nomura research institute\",\"9 percent\""))
    }

    @Test func aSheetTakesItsReviewsFromTheDatabase() throws {
        let input = try TestPaths.temporaryFile(Self.dump, name: "dump.jsonl")
        let directory = URL(fileURLWithPath: input).deletingLastPathComponent().path
        let database = directory + "/claims.db"
        #expect(try claimtrace(["extract", input, "--format", "sqlite", "-o", database]).status == 0)
        // A reviewer marks the first article's figure in the database.
        let jsonl = try claimtrace(["extract", input]).out
        let first = try #require(jsonl.split(separator: "\n").first)
        let record = try #require(JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        let claimID = try #require(record["id"] as? String)
        var db: OpaquePointer?
        #expect(sqlite3_open(database, &db) == SQLITE_OK)
        let sql = "INSERT INTO reviews (claim_id, figure_start, status, notes) VALUES ('\(claimID)', 5, 'checked', 'survey seen')"
        #expect(sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK)
        sqlite3_close(db)
        let sheet = try claimtrace(["extract", input, "--format", "csv", "--review", database])
        #expect(sheet.status == 0)
        let row = try #require(sheet.out.split(separator: "\r\n").first { $0.contains(claimID) })
        #expect(row.hasSuffix("\"checked\",\"survey seen\""))
    }
}

/// Each stage's heap allocations on a fixed input, held to the budget in Tests/BenchInputs/allocation-budget.tsv.
/// Counts, unlike timings, repeat exactly from run to run, so they can gate a change; a stage may allocate up to
/// 10% over its budget.
struct AllocationBudgetTests {
    struct Budget {
        var input: [String] = []
        var stages: [(name: String, limit: Int)] = []
    }

    static func budget() throws -> Budget {
        let text = try String(contentsOf: TestPaths.root.appendingPathComponent("Tests/BenchInputs/allocation-budget.tsv"), encoding: .utf8)
        var budget = Budget()
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# input: ") {
                budget.input = line.dropFirst("# input: ".count).split(separator: " ").map(String.init)
            } else if !line.hasPrefix("#"), !line.hasPrefix("stage\t") {
                let fields = line.split(separator: "\t")
                guard fields.count == 3, let debug = Int(fields[1]), let release = Int(fields[2]) else { continue }
                #if DEBUG
                budget.stages.append((String(fields[0]), debug))
                #else
                budget.stages.append((String(fields[0]), release))
                #endif
            }
        }
        return budget
    }

    @Test func everyStageStaysWithinItsAllocationBudget() throws {
        let budget = try Self.budget()
        #expect(budget.stages.count == 7)
        let process = Process()
        process.executableURL = try binary("claimtrace-allocs")
        process.arguments = budget.input
        process.currentDirectoryURL = TestPaths.root
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        try #require(process.terminationStatus == 0, "claimtrace-allocs failed: \(text)")
        if text.hasPrefix("unsupported") { return }  // not the GNU C library: nothing to count with
        var counted: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            if fields.count == 3, let n = Int(fields[1]) { counted[String(fields[0])] = n }
        }
        #expect(text.hasPrefix("articles\t12"), "the fixed input should hold 12 articles: \(text)")
        for (stage, limit) in budget.stages {
            let n = try #require(counted[stage], "no count for \(stage) in \(text)")
            #expect(n <= limit + limit / 10, "\(stage) allocated \(n) times, over its budget of \(limit) (+10%)")
        }
    }
}
