import ClaimTraceCore

/// The regular files of a tar archive (ustar, GNU or pax), read in order from a stream: a 512-byte header
/// gives each member's name and size, its bytes follow padded to 512. Directories, links and pax
/// headers are passed over; a member too large for one article source is skipped with a warning.
struct TarMembers {
    private var lines: LineReader
    let archive: String
    let stats: ReadStats
    /// Members above this are skipped (the readers hold one file at a time).
    static let maxMemberBytes = 64 << 20
    private var longName: String?

    init(lines: LineReader, archive: String, stats: ReadStats) {
        self.lines = lines
        self.archive = archive
        self.stats = stats
    }

    struct Member {
        /// "archive.tar.gz:folder/file.txt", so that every location names both.
        let name: String
        let bytes: [UInt8]
    }

    mutating func next() throws(InputError) -> Member? {
        while true {
            let header = try lines.readExactly(512)
            guard header.count == 512, header.contains(where: { $0 != 0 }) else { return nil }  // end: zero blocks
            guard let size = Self.octal(header[124..<136]) else {
                throw InputError(file: archive, message: "not a readable tar archive (a member header has no size)")
            }
            let type = header[156]
            var name = Self.text(header[0..<100])
            let prefix = Self.text(header[345..<500])
            if header[257..<262].elementsEqual("ustar".utf8), !prefix.isEmpty { name = prefix + "/" + name }
            if let long = longName {
                name = long
                longName = nil
            }
            let padded = (size + 511) / 512 * 512
            // GNU long names ("L") come as a member of their own before the file they name.
            if type == UInt8(ascii: "L") {
                let data = try lines.readExactly(padded)
                longName = Self.text(data.prefix(size)[...])
                continue
            }
            let isFile = type == 0 || type == UInt8(ascii: "0") || type == UInt8(ascii: "7")
            guard isFile, size <= Self.maxMemberBytes else {
                if isFile {
                    stats.reject(Rejection(location: RecordLocation(file: "\(archive):\(name)", line: 0, record: 1),
                                           reason: "archive member of \(size >> 20) MiB is over the 64 MiB limit"), bytes: size)
                }
                try skip(padded)
                continue
            }
            let data = try lines.readExactly(padded)
            guard data.count >= size else {
                throw InputError(file: archive, message: "tar archive ends inside member \(name)")
            }
            return Member(name: "\(archive):\(name)", bytes: Array(data.prefix(size)))
        }
    }

    private mutating func skip(_ count: Int) throws(InputError) {
        var left = count
        while left > 0 {
            let chunk = try lines.readExactly(min(left, 1 << 20))
            if chunk.isEmpty { return }
            left -= chunk.count
        }
    }

    static func octal(_ field: ArraySlice<UInt8>) -> Int? {
        var value = 0
        var any = false
        for b in field {
            if b == 0 || b == 0x20 {
                if any { break } else { continue }
            }
            guard b >= 0x30, b <= 0x37 else { return nil }
            value = value * 8 + Int(b - 0x30)
            any = true
        }
        return any ? value : nil
    }

    static func text(_ field: ArraySlice<UInt8>) -> String {
        String(decoding: field.prefix(while: { $0 != 0 }), as: UTF8.self)
    }
}
