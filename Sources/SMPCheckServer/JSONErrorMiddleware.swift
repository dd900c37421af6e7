import Hummingbird
import Logging

/// Turns every error a route throws into a JSON response, so no client ever gets an empty or
/// HTML error body, and answers a known path asked with the wrong method with 405 and `Allow`
/// (the router alone says 404 for both).
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    /// The methods each path answers, as the routes were registered.
    let allowed: [String: [HTTPRequest.Method]]

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return error.response()
        } catch let error as HTTPError where error.status == .notFound {
            return notFound(request).response()
        } catch let error as any HTTPResponseError {
            return APIError(status: error.status, message: error.status.reasonPhrase.lowercased()).response()
        } catch {
            // A bug, not the client's fault: log it, answer without internals.
            context.logger.error("\(request.method) \(request.uri.path) failed: \(error)")
            return APIError(status: .internalServerError, message: "internal error").response()
        }
    }

    private func notFound(_ request: Request) -> APIError {
        var path = request.uri.path
        if path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard let methods = allowed[path] else {
            return APIError(status: .notFound, message: "no such path: \(request.uri.path)")
        }
        let names = methods.map(\.rawValue).joined(separator: ", ")
        return APIError(
            status: .methodNotAllowed, message: "\(request.method) is not allowed on \(path); use \(names)",
            headers: [.allow: names])
    }
}
