using Microsoft.AspNetCore.Antiforgery;

namespace ProjectMap.Web.Security;

/// <summary>
/// Refuses every POST, PUT, PATCH and DELETE that lacks a valid antiforgery token (header <see cref="HeaderName"/> or
/// form field), login included, so another site can never make a signed-in browser write. The token comes from
/// <c>GET /api/session</c> and is renewed at login and logout.
/// </summary>
public sealed class AntiforgeryGuard(RequestDelegate next, IAntiforgery antiforgery)
{
    /// <summary>The request header the viewer sends the token in.</summary>
    public const string HeaderName = "X-CSRF-TOKEN";

    /// <summary>Validates unsafe requests, then passes them on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var method = context.Request.Method;
        if (HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method))
        {
            try
            {
                await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            }
            catch (AntiforgeryValidationException)
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                await context.Response.WriteAsJsonAsync(new { error = "missing or invalid antiforgery token: reload the page and try again", code = "antiforgery" }).ConfigureAwait(false);
                return;
            }
        }

        await next(context).ConfigureAwait(false);
    }
}
