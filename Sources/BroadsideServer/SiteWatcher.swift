import BroadsideSite
import Foundation

/// Watches the files a site is built from with inotify: `site.yaml` and every folder below
/// the site's input folders (``SiteBuilder/inputFolders``), folders made later among them.
///
/// When the kernel cannot watch them all (its `fs.inotify.max_user_watches`), the watcher
/// says so and wakes every second instead; a rebuild with nothing changed costs a look at the
/// files' status, and does nothing.
final class SiteWatcher {
    /// The site's files at its top that a build reads.
    static let files: Set<String> = [SiteConfiguration.fileName]
    /// The site's folders whose files a build reads, each watched with its subfolders.
    static let folders = Set(SiteBuilder.inputFolders)
    /// How often a watcher that cannot watch every folder wakes.
    static let pollingInterval: Duration = .seconds(1)

    private let site: String
    private let descriptor: Int32
    private var folders: [Int32: String] = [:]
    private var visited: Set<[UInt64]> = []
    /// Why some folders are not watched, when the watcher wakes every second instead.
    private(set) var pollingReason: String?

    private static let folderEvents = UInt32(IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_CLOSE_WRITE
                                             | IN_MODIFY | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Starts watching the site folder at `site`.
    init(site: String) {
        self.site = site
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        if descriptor < 0 {
            pollingReason = "inotify is not available (\(String(cString: strerror(errno))))"
            return
        }
        watch(site, recursively: false)
        for folder in Self.folders.sorted() { watch(site + "/" + folder, recursively: true) }
    }

    deinit {
        if descriptor >= 0 { close(descriptor) }
    }

    /// Waits until an input of the site changes, then until `quiet` has passed with no further
    /// change (an editor's save is several events), or until `timeout`.
    ///
    /// - Returns: whether anything changed.
    func waitForChange(quiet: Duration, timeout: Duration) -> Bool {
        guard pollingReason == nil else {
            Thread.sleep(forTimeInterval: Self.pollingInterval.seconds)
            return true
        }
        // Events about other files (output/ being written, an editor's backup) wait on.
        let deadline = ContinuousClock.now + timeout
        repeat {
            guard wait(deadline - ContinuousClock.now) else { return false }
        } while !readEvents()
        while wait(quiet) { _ = readEvents() }
        return true
    }

    /// Whether events are waiting to be read before `duration` passes.
    private func wait(_ duration: Duration) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(max(0, min(duration.seconds * 1000, Double(Int32.max))))
        while true {
            let ready = poll(&request, 1, milliseconds)
            if ready < 0 && errno == EINTR { continue }
            return ready > 0
        }
    }

    /// Reads the waiting events, watching each new folder.
    ///
    /// - Returns: whether any was about an input of the site.
    private func readEvents() -> Bool {
        var relevant = false
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count > 0 else { return relevant }
            var offset = 0
            let header = MemoryLayout<inotify_event>.size
            while offset + header <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + header)..<min(offset + header + length, count)].prefix { $0 != 0 }
                let name = String(decoding: nameBytes, as: UTF8.self)
                offset += header + length
                guard let folder = folders[wd] else { continue }
                if folder == site {
                    // At the site's top only its configuration and its input folders count.
                    guard Self.files.contains(name) || Self.folders.contains(name) else { continue }
                    if Self.folders.contains(name) && mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                        watch(site + "/" + name, recursively: true)
                    }
                } else if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    watch(folder + "/" + name, recursively: true)
                }
                if mask & UInt32(IN_IGNORED) != 0 {
                    folders[wd] = nil
                    visited = []  // a folder removed and made again is watched again
                }
                relevant = true
            }
        }
    }

    /// Watches `folder`, and with `recursively` every folder below it (hidden ones left out, as a build leaves them).
    private func watch(_ folder: String, recursively: Bool) {
        var pending = [folder]
        while let next = pending.popLast() {
            // A folder reached twice, through a link, is watched once.
            var info = stat()
            guard stat(next, &info) == 0, visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { continue }
            let wd = inotify_add_watch(descriptor, next, Self.folderEvents)
            if wd < 0 {
                if errno == ENOENT || errno == ENOTDIR { continue }
                pollingReason = "cannot watch \(next): \(String(cString: strerror(errno)))"
                    + (errno == ENOSPC ? " (raise fs.inotify.max_user_watches)" : "")
                return
            }
            folders[wd] = next
            guard recursively, let names = try? FileManager.default.contentsOfDirectory(atPath: next) else { continue }
            for name in names where !name.hasPrefix(".") {
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: next + "/" + name, isDirectory: &isFolder), isFolder.boolValue {
                    pending.append(next + "/" + name)
                }
            }
        }
    }
}
