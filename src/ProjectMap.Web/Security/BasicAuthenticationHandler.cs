using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ProjectMap.Application.Storage;
using ProjectMap.Application.Users;
using ProjectMap.Domain.Access;

namespace ProjectMap.Web.Security;

/// <summary>
/// HTTP Basic authentication for GIS clients (QGIS, GDAL's OAPIF driver with GDAL_HTTP_AUTH=BASIC): the same accounts
/// as the login page, for GET and HEAD only, so a browser that cached Basic credentials can never be made to write.
/// </summary>
public sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IProjectMapStore store, CredentialCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <inheritdoc />
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        if (!HttpMethods.IsGet(Request.Method) && !HttpMethods.IsHead(Request.Method))
        {
            return AuthenticateResult.Fail("HTTP Basic authentication is accepted for reading only; log in through the viewer to write");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("malformed Basic credentials");
        }

        var colon = decoded.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !UserName.TryParse(decoded[..colon], out var name, out _))
        {
            return AuthenticateResult.Fail("malformed Basic credentials");
        }

        var password = decoded[(colon + 1)..];
        var account = await store.Users.FindAsync(name, Context.RequestAborted).ConfigureAwait(false);
        if (account is null || account.Disabled)
        {
            return AuthenticateResult.Fail("unknown or disabled user");
        }

        if (!cache.IsVerified(name.Value, password, account.PasswordHash))
        {
            if (!PasswordHasher.Verify(password, account.PasswordHash))
            {
                return AuthenticateResult.Fail("wrong password");
            }

            cache.Remember(name.Value, password, account.PasswordHash);
        }

        CurrentAccount.Set(Context, account);
        return AuthenticateResult.Success(new AuthenticationTicket(AccountPrincipal.Create(account, Scheme.Name), Scheme.Name));
    }

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Basic realm=\"ProjectMap\", charset=\"UTF-8\"";
        return Task.CompletedTask;
    }
}
