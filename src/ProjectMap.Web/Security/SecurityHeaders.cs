
namespace ProjectMap.Web.Security;

/// <summary>
/// Adds security headers to every response. The Content-Security-Policy lets the browser load scripts, styles and data
/// from this server only, and images from this server plus the configured basemaps' origins, so the viewer cannot
/// reach the internet unless an operator configured a basemap there.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IReadOnlyList<string> tileOrigins)
{
    private readonly string _policy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src " + string.Join(' ', new[] { "'self'", "data:", "blob:" }.Concat(tileOrigins)),
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /// <summary>Sets the headers, then passes the request on.</summary>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        return next(context);
    }
}
