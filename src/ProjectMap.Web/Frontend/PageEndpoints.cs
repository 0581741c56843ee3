using ProjectMap.Web.Security;

namespace ProjectMap.Web.Frontend;

/// <summary>
/// The viewer's pages: <c>/</c> (the map; needs a login unless anonymous reading is on), <c>/login</c> (always open) and
/// <c>/admin</c> (users and audit log; admins) and <c>/upload</c> (officers' and admins' photo upload; other signed-in users
/// see why they cannot upload). The JS and CSS under <c>/assets</c> hold no data and are open to all.
/// </summary>
public static class PageEndpoints
{
    /// <summary>Maps the pages.</summary>
    public static void Map(IEndpointRouteBuilder app, FrontendBundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        app.MapGet("/", () => Page(bundle, "index.html"));
        app.MapGet("/login", () => Page(bundle, "login.html")).AllowAnonymous();
        app.MapGet("/upload", (HttpContext context) => CurrentAccount.Get(context) is null
            ? Results.Redirect("/login?ReturnUrl=%2Fupload")
            : Page(bundle, "upload.html"));
        app.MapGet("/admin", (HttpContext context) => CurrentAccount.Get(context) is { CanAdminister: true }
            ? Page(bundle, "admin.html")
            : CurrentAccount.Get(context) is null ? Results.Redirect("/login?ReturnUrl=%2Fadmin") : Results.Redirect("/"));
    }

    private static IResult Page(FrontendBundle bundle, string file)
    {
        var info = bundle.GetFileInfo(file);
        if (!info.Exists)
        {
            return Results.Text(FrontendBundle.MissingMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return new HtmlPage(info);
    }
}
