using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;

namespace ProjectMap.Web.Security;

/// <summary>
/// The login cookie's checks: on every request the account is reloaded from the store, and the login is dropped when
/// the account is gone, disabled or its password changed; API and OGC requests get 401/403 instead of a redirect.
/// </summary>
public static class CookieEvents
{
    /// <summary>Creates the events object for the cookie scheme.</summary>
    public static CookieAuthenticationEvents Create() => new()
    {
        OnValidatePrincipal = ValidateAsync,
        OnRedirectToLogin = context =>
        {
            if (IsPage(context.Request))
            {
                context.Response.Redirect(context.RedirectUri);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                // GIS clients (OGC API, XYZ tiles) are asked for HTTP Basic.
                if (context.Request.Path.StartsWithSegments("/ogc", StringComparison.Ordinal) || context.Request.Path.StartsWithSegments("/tiles", StringComparison.Ordinal))
                {
                    context.Response.Headers.WWWAuthenticate = "Basic realm=\"ProjectMap\", charset=\"UTF-8\"";
                }
            }

            return Task.CompletedTask;
        },
        OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        },
    };

    /// <summary>True for the viewer's HTML pages (which redirect to the login page), false for API, OGC, tile and account calls.</summary>
    public static bool IsPage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return !(request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                 || request.Path.StartsWithSegments("/ogc", StringComparison.Ordinal)
                 || request.Path.StartsWithSegments("/tiles", StringComparison.Ordinal)
                 || request.Path.StartsWithSegments("/account", StringComparison.Ordinal));
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var store = context.HttpContext.RequestServices.GetRequiredService<IProjectMapStore>();
        UserAccount? account = null;
        if (UserName.TryParse(context.Principal?.Identity?.Name, out var name, out _))
        {
            account = await store.Users.FindAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        }

        var stamp = context.Principal?.FindFirst(AccountPrincipal.StampClaim)?.Value;
        if (account is null || account.Disabled || stamp != AccountPrincipal.Stamp(account))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(SchemeNames.Cookie).ConfigureAwait(false);
            return;
        }

        if (!context.Principal!.IsInRole(UserRoles.Name(account.Role)))
        {
            context.ReplacePrincipal(AccountPrincipal.Create(account, SchemeNames.Cookie));
            context.ShouldRenew = true;
        }

        CurrentAccount.Set(context.HttpContext, account);
    }
}
