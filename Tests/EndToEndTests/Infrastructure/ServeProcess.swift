import Foundation
import Synchronization

/// `broadside serve` running on a site folder on a free port, spoken to over real sockets;
/// stopped when the value goes away.
final class ServeProcess {
    /// An answer to one request, as it came over the socket.
    struct Response {
        let status: Int
        /// Header names in lower case.
        let headers: [String: String]
        let body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let process = Process()
    /// The port it listens on.
    private(set) var port: UInt16 = 0
    private let output = Collector()
    private let errors = Collector()

    /// Starts `broadside serve --site SITE --port 0 ARGUMENTS` and waits for its first build.
    init(site: TemporaryFolder, arguments: [String] = []) throws {
        process.executableURL = try BroadsideProcess.executable()
        process.arguments = ["serve", "--site", site.path, "--port", "0"] + arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output.pipe
        process.standardError = errors.pipe
        try process.run()
        output.start()
        errors.start()
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline && process.isRunning {
            if let line = output.text.split(separator: "\n").first(where: { $0.hasPrefix("Serving ") }),
               let address = line.split(separator: " ").first(where: { $0.hasPrefix("http://127.0.0.1:") }),
               let port = UInt16(address.dropFirst("http://127.0.0.1:".count).prefix { $0.isNumber }) {
                self.port = port
                return
            }
            Thread.sleep(forTimeInterval: 0.01)
        }
        throw Failure(description: "serve did not start: \(output.text) \(errors.text)")
    }

    deinit {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// What it printed on standard output and standard error so far.
    var printed: (output: String, errors: String) { (output.text, errors.text) }

    /// Sends `method rawPath` as written (nothing normalized) and reads the whole answer.
    func request(_ rawPath: String, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        let socket = try Self.connect(port)
        defer { close(socket) }
        var request = "\(method) \(rawPath) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        try Self.send(request + "\r\n", to: socket)
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = read(socket, &buffer, buffer.count)
            guard count > 0 else { break }
            received.append(contentsOf: buffer[..<count])
        }
        guard let end = received.firstRange(of: Data("\r\n\r\n".utf8)) else {
            throw Failure(description: "no complete answer to \(rawPath): \(String(decoding: received, as: UTF8.self))")
        }
        let lines = String(decoding: received[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(lines[0].split(separator: " ")[1]) ?? 0
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: fields, body: received[end.upperBound...])
    }

    /// Starts listening at `/_broadside/events`.
    func events() throws -> EventListener {
        let socket = try Self.connect(port)
        try Self.send("GET /_broadside/events HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n", to: socket)
        return EventListener(socket: socket)
    }

    /// Sends SIGINT and waits for the process to end.
    ///
    /// - Returns: its exit status and how long it took to end.
    func interrupt() -> (status: Int32, seconds: Double) {
        let start = Date()
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        return (process.terminationStatus, Date().timeIntervalSince(start))
    }

    private static func connect(_ port: UInt16) throws -> Int32 {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Foundation.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            throw Failure(description: "cannot connect to port \(port): \(String(cString: strerror(errno)))")
        }
        return socket
    }

    private static func send(_ text: String, to socket: Int32) throws {
        let bytes = Array(text.utf8)
        guard write(socket, bytes, bytes.count) == bytes.count else { throw Failure(description: "cannot send the request") }
    }

    /// Reads a pipe to its end on a thread of its own, so the process never blocks on a full pipe.
    private final class Collector: Sendable {
        let pipe = Pipe()
        private let data = Mutex(Data())

        var text: String { String(decoding: data.withLock { $0 }, as: UTF8.self) }

        func start() {
            let handle = pipe.fileHandleForReading
            Thread.detachNewThread { [self] in
                while case let chunk = handle.availableData, !chunk.isEmpty {
                    data.withLock { $0.append(chunk) }
                }
            }
        }
    }
}

/// One connection to `/_broadside/events`, read on a thread of its own.
final class EventListener: Sendable {
    /// One `reload` event's data.
    struct Reload: Decodable {
        let paths: [String]
        let all: Bool
    }

    private let socket: Int32
    private let received = Mutex(Data())
    /// How many `reload` events were taken by ``next(within:)``.
    private let taken = Mutex(0)

    fileprivate init(socket: Int32) {
        self.socket = socket
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                let count = read(socket, &buffer, buffer.count)
                guard count > 0 else { break }
                received.withLock { $0.append(contentsOf: buffer[..<count]) }
            }
        }
    }

    deinit {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    /// Everything received so far, the response's headers and chunk sizes included.
    var text: String { String(decoding: received.withLock { $0 }, as: UTF8.self) }

    /// The next `reload` event not taken yet, waiting up to `seconds`.
    func next(within seconds: Double = 10) throws -> Reload? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            let events = text.components(separatedBy: "event: reload\ndata: ").dropFirst()
                .compactMap { block in block.range(of: "\n\n").map { String(block[..<$0.lowerBound]) } }
            let index = taken.withLock { $0 }
            if events.count > index {
                taken.withLock { $0 += 1 }
                return try JSONDecoder().decode(Reload.self, from: Data(events[index].utf8))
            }
            Thread.sleep(forTimeInterval: 0.005)
        } while Date() < deadline
        return nil
    }
}
