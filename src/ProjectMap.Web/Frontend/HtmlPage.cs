using Microsoft.Extensions.FileProviders;

namespace ProjectMap.Web.Frontend;

/// <summary>An HTML page from the bundle, sent with no-cache so a new build is picked up at once.</summary>
internal sealed class HtmlPage(IFileInfo file) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = "text/html; charset=utf-8";
        httpContext.Response.Headers.CacheControl = "no-cache";
        await using var stream = file.CreateReadStream();
        await stream.CopyToAsync(httpContext.Response.Body, httpContext.RequestAborted).ConfigureAwait(false);
    }
}
