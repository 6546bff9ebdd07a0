import CSQLite

/// A failure of the database, with the file and SQLite's own message.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// A connection to one SQLite file: the few calls the claims database needs, over the system library.
final class Database {
    let handle: OpaquePointer
    let path: String

    init(path: String) throws(StoreError) {
        var db: OpaquePointer?
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
        let status = sqlite3_open_v2(path, &db, flags, nil)
        guard status == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
            if let db { sqlite3_close(db) }
            throw StoreError("\(path): cannot open the database (\(message))")
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 5000)
    }

    deinit { sqlite3_close_v2(handle) }

    var message: String { String(cString: sqlite3_errmsg(handle)) }

    /// Runs one or more statements that return no rows.
    func execute(_ sql: String) throws(StoreError) {
        var error: UnsafeMutablePointer<CChar>?
        guard sqlite3_exec(handle, sql, nil, nil, &error) == SQLITE_OK else {
            let text = error.map { String(cString: $0) } ?? message
            sqlite3_free(error)
            throw StoreError("\(path): \(text)")
        }
    }

    func prepare(_ sql: String) throws(StoreError) -> Statement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil) == SQLITE_OK, let statement else {
            throw StoreError("\(path): \(message) in: \(sql.prefix(80))")
        }
        return Statement(statement, self)
    }

    /// The first column of the first row of `sql`, as an integer (for counts and pragmas).
    func integer(_ sql: String) throws(StoreError) -> Int? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.int(0)
    }
}

/// A prepared statement, bound by position (1-based, as in SQL) and run again and again.
final class Statement {
    let handle: OpaquePointer
    unowned let database: Database

    init(_ handle: OpaquePointer, _ database: Database) {
        self.handle = handle
        self.database = database
    }

    deinit { sqlite3_finalize(handle) }

    func bind(_ index: Int32, _ value: String?) {
        guard let value else {
            sqlite3_bind_null(handle, index)
            return
        }
        // withCString gives a terminated copy for every string (an empty one included); SQLite copies it again.
        value.withCString { chars in
            _ = csqlite_bind_text(handle, index, chars, Int32(value.utf8.count))
        }
    }

    func bind(_ index: Int32, _ value: Int?) {
        if let value { sqlite3_bind_int64(handle, index, Int64(value)) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Double?) {
        if let value, value.isFinite { sqlite3_bind_double(handle, index, value) } else { sqlite3_bind_null(handle, index) }
    }

    func bind(_ index: Int32, _ value: Bool) { sqlite3_bind_int(handle, index, value ? 1 : 0) }

    /// Binds `values` to positions 1… in order.
    func bind(_ values: [Value]) {
        for (i, value) in values.enumerated() {
            let index = Int32(i + 1)
            switch value {
            case .text(let s): bind(index, s)
            case .integer(let n): bind(index, n)
            case .real(let d): bind(index, d)
            }
        }
    }

    /// One step: true when a row is ready, false when done.
    @discardableResult
    func step() throws(StoreError) -> Bool {
        let status = sqlite3_step(handle)
        if status == SQLITE_ROW { return true }
        if status == SQLITE_DONE { return false }
        throw StoreError("\(database.path): \(database.message)")
    }

    /// Binds, runs to the end and resets for the next use.
    func run(_ values: [Value]) throws(StoreError) {
        bind(values)
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        try step()
    }

    func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    func int(_ column: Int32) -> Int? {
        sqlite3_column_type(handle, column) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(handle, column))
    }

    func text(_ column: Int32) -> String? {
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        return String(cString: pointer)
    }
}

/// A value bound to a statement.
enum Value {
    case text(String?)
    case integer(Int?)
    case real(Double?)
}
