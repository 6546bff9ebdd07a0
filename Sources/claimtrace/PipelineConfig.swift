import Claims
import Foundation
import Yams

/// A pipeline file: the stages to run and their options. See
/// `Pipelines/default.yaml`, which equals ``PipelineConfig/default``.
struct PipelineConfig: Equatable {
    var name = "default"
    var batchSize = 64
    var options = ClaimOptions()

    static let `default` = PipelineConfig()

    /// The stages a pipeline runs, in this order; `time`, `attribution` and `checks` may be left out.
    static let stageOrder = ["segment", "quantities", "time", "attribution", "checks", "claims"]

    static func load(path: String) throws(PipelineConfigError) -> PipelineConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw PipelineConfigError(file: path, line: nil, message: "cannot read the pipeline file")
        }
        return try parse(String(decoding: data, as: UTF8.self), file: path)
    }

    static func parse(_ yaml: String, file: String) throws(PipelineConfigError) -> PipelineConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw PipelineConfigError(file: file, line: nil, message: "not valid YAML: \(error)")
        }
        guard let root, let top = root.mapping else {
            throw PipelineConfigError(file: file, line: 1, message: "expected a mapping with 'stages'")
        }
        var config = PipelineConfig()
        config.options.inherit = true
        func fail(_ node: Node, _ message: String) -> PipelineConfigError {
            PipelineConfigError(file: file, line: node.mark.map { $0.line }, message: message)
        }
        for (key, value) in top {
            switch key.string {
            case "name":
                config.name = value.string ?? config.name
            case "batch_size":
                guard let n = value.int, n >= 1 else { throw fail(value, "batch_size must be a positive integer") }
                config.batchSize = n
            case "stages":
                guard let list = value.sequence else { throw fail(value, "stages must be a list") }
                var seen: [String] = []
                var attribution = false
                var time = false
                var checks = false
                for item in list {
                    let name: String
                    var options: Node.Mapping?
                    if let s = item.string {
                        name = s
                    } else if let m = item.mapping, m.count == 1, let first = m.first, let s = first.key.string {
                        name = s
                        options = first.value.mapping
                        let isEmpty = ["", "~", "null"].contains(first.value.scalar?.string ?? "-")
                        if options == nil, !isEmpty {
                            throw fail(first.value, "options of stage '\(s)' must be a mapping")
                        }
                    } else {
                        throw fail(item, "a stage is a name or a one-key mapping of name to options")
                    }
                    guard let position = stageOrder.firstIndex(of: name) else {
                        throw fail(item, "unknown stage '\(name)'; stages are " + stageOrder.joined(separator: ", "))
                    }
                    if let last = seen.last, let lastPosition = stageOrder.firstIndex(of: last), lastPosition >= position {
                        throw fail(item, "stage '\(name)' is out of order; the order is " + stageOrder.joined(separator: ", "))
                    }
                    seen.append(name)
                    for (optionKey, optionValue) in options ?? [:] {
                        let option = optionKey.string ?? ""
                        switch (name, option) {
                        case ("attribution", "inherit"):
                            guard let b = optionValue.bool else { throw fail(optionValue, "inherit must be true or false") }
                            config.options.inherit = b
                        case ("attribution", "byline_fallback"):
                            guard let b = optionValue.bool else { throw fail(optionValue, "byline_fallback must be true or false") }
                            config.options.bylineFallback = b
                        case ("claims", "all_sentences"):
                            guard let b = optionValue.bool else { throw fail(optionValue, "all_sentences must be true or false") }
                            config.options.allSentences = b
                        case ("claims", "min_checkworthiness"):
                            guard let d = optionValue.float, d >= 0, d <= 1 else {
                                throw fail(optionValue, "min_checkworthiness must be a number from 0 to 1")
                            }
                            config.options.minCheckworthiness = d
                        default:
                            throw fail(optionKey, "unknown option '\(option)' for stage '\(name)'")
                        }
                    }
                    if name == "attribution" { attribution = true }
                    if name == "time" { time = true }
                    if name == "checks" { checks = true }
                }
                for required in ["segment", "quantities", "claims"] where !seen.contains(required) {
                    throw fail(value, "stage '\(required)' is required")
                }
                config.options.time = time
                config.options.checks = checks
                if !attribution {
                    config.options.inherit = false
                    config.options.bylineFallback = false
                    config.options.attribute = false
                }
            default:
                throw fail(key, "unknown key '\(key.string ?? "?")'; keys are name, batch_size, stages")
            }
        }
        return config
    }
}

struct PipelineConfigError: Error, CustomStringConvertible {
    var file: String
    var line: Int?
    var message: String
    var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
