import BroadsideSite
import FlyingFox
import Foundation

/// Answers every request of `serve` from the site built in memory: pages with the live-reload
/// script, files with their type and entity tag, the site's 404 page, and the event stream.
struct PreviewHandler: HTTPHandler {
    let state: ServedState
    let liveReload: LiveReload

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        let raw = request.target.path()
        guard request.method == .GET || request.method == .HEAD else {
            return text(.methodNotAllowed, "Only GET and HEAD are served.\n", headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        if raw == LiveReload.path {
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                                body: HTTPBodySequence(from: liveReload.subscribe()))
        }
        let current = state.current
        guard let site = current.site else {
            let page = current.failure.map(ServedPage.errorPage) ?? Data("The site is being built.\n".utf8)
            return respond(current.failure == nil ? .serviceUnavailable : .internalServerError, page,
                           type: current.failure == nil ? "text/plain; charset=utf-8" : ContentType.of(".html"), to: request)
        }
        let relative: String?
        do {
            relative = try RequestPath.relative(raw, below: site.basePath)
        } catch {
            return text(.badRequest, "Refused: \(error.reason).\n")
        }
        guard let relative else {
            if raw == "/" { return redirect(to: site.basePath) }
            return notFound(in: site, relative: "", failure: current.failure, request: request)
        }
        let path = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        if let file = site.file(at: path) {
            return serve(file, at: path, of: site, failure: current.failure, status: .ok, to: request)
        }
        if site.file(at: path + "/index.html") != nil {
            return redirect(to: raw + "/" + (request.target.query().isEmpty ? "" : "?" + request.target.query()))
        }
        return notFound(in: site, relative: relative, failure: current.failure, request: request)
    }

    /// The site's 404 page for the address's language, with status 404.
    private func notFound(in site: PreviewSite, relative: String, failure: BuildFailure?, request: HTTPRequest) -> HTTPResponse {
        guard let page = site.notFoundPage(for: relative), let file = site.file(at: page) else {
            return text(.notFound, "Not found.\n")
        }
        return serve(file, at: page, of: site, failure: failure, status: .notFound, to: request)
    }

    private func serve(_ file: PreviewSite.File, at path: String, of site: PreviewSite, failure: BuildFailure?,
                       status: HTTPStatusCode, to request: HTTPRequest) -> HTTPResponse {
        let data: Data
        do {
            data = try site.contents(of: file)
        } catch {
            return text(.notFound, "\(error.description)\n")
        }
        let isPage = ContentType.isPage(path)
        return respond(status, isPage ? ServedPage.adding(to: data, failure: failure) : data, type: ContentType.of(path), to: request)
    }

    /// `body` with its type and entity tag; only the headers for HEAD, and `304 Not Modified`
    /// when the client holds these bytes already.
    private func respond(_ status: HTTPStatusCode, _ body: Data, type: String, to request: HTTPRequest) -> HTTPResponse {
        let tag = PreviewSite.entityTag(of: body)
        var headers: HTTPHeaders = [
            .contentType: type, .eTag: tag, .cacheControl: "no-cache", HTTPHeader("X-Content-Type-Options"): "nosniff",
        ]
        if status == .ok, let held = request.headers[.ifNoneMatch],
           held.split(separator: ",").contains(where: { $0.trimmingCharacters(in: .whitespaces) == tag || $0 == "*" }) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        if request.method == .HEAD {
            headers[.contentLength] = String(body.count)
            return HTTPResponse(statusCode: status, headers: headers)
        }
        return HTTPResponse(statusCode: status, headers: headers, body: body)
    }

    private func redirect(to location: String) -> HTTPResponse {
        HTTPResponse(statusCode: .movedPermanently, headers: [.location: location, .contentType: "text/plain; charset=utf-8"],
                     body: Data("Moved to \(location)\n".utf8))
    }

    private func text(_ status: HTTPStatusCode, _ message: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: status, headers: headers, body: Data(message.utf8))
    }
}
