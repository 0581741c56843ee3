using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using ProjectMap.Application.Users;
using ProjectMap.Domain.Access;
using ProjectMap.Web.Security;

namespace ProjectMap.Web.Api;

/// <summary><c>GET /api/session</c>, <c>POST /account/login</c>, <c>POST /account/logout</c>, <c>POST /account/password</c>.</summary>
public static class SessionEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app, ViewerOptions options)
    {
        app.MapGet("/api/session", (HttpContext context, IAntiforgery antiforgery) => Results.Json(Describe(context, antiforgery, options))).AllowAnonymous();

        app.MapPost("/account/login", async (HttpContext context, LoginRequest request, UserService users, Auditor auditor, IAntiforgery antiforgery) =>
        {
            var name = request.Name?.Trim() ?? string.Empty;
            var account = await users.AuthenticateAsync(name, request.Password ?? string.Empty, context.RequestAborted).ConfigureAwait(false);
            if (account is null)
            {
                await auditor.RecordAsync(context, "login", name, AuditOutcome.Refused, "wrong name or password, or account disabled", anonymous: true).ConfigureAwait(false);
                return ApiErrors.Error(StatusCodes.Status401Unauthorized, "wrong name or password", "login-failed");
            }

            var principal = AccountPrincipal.Create(account, SchemeNames.Cookie);
            await context.SignInAsync(SchemeNames.Cookie, principal, new AuthenticationProperties { IsPersistent = false }).ConfigureAwait(false);
            context.User = principal;
            CurrentAccount.Set(context, account);
            await auditor.RecordAsync(context, "login", account.Name.Value, AuditOutcome.Done, string.Empty).ConfigureAwait(false);
            return Results.Json(Describe(context, antiforgery, options));
        }).AllowAnonymous();

        app.MapPost("/account/logout", async (HttpContext context, IAntiforgery antiforgery) =>
        {
            await context.SignOutAsync(SchemeNames.Cookie).ConfigureAwait(false);
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
            context.Items.Clear();
            return Results.Json(Describe(context, antiforgery, options));
        }).AllowAnonymous();

        app.MapPost("/account/password", async (HttpContext context, PasswordChangeRequest request, UserService users, Auditor auditor, IAntiforgery antiforgery) =>
        {
            var account = CurrentAccount.Get(context);
            if (account is null)
            {
                return ApiErrors.Error(StatusCodes.Status401Unauthorized, "sign in to change your password", "unauthenticated");
            }

            if (!PasswordHasher.Verify(request.CurrentPassword ?? string.Empty, account.PasswordHash))
            {
                await auditor.RecordAsync(context, "user.password", account.Name.Value, AuditOutcome.Refused, "current password wrong").ConfigureAwait(false);
                return ApiErrors.Error(StatusCodes.Status403Forbidden, "the current password is wrong", "wrong-password");
            }

            try
            {
                var changed = await users.SetPasswordAsync(account.Name, request.NewPassword ?? string.Empty, context.RequestAborted).ConfigureAwait(false);
                var principal = AccountPrincipal.Create(changed, SchemeNames.Cookie);
                await context.SignInAsync(SchemeNames.Cookie, principal).ConfigureAwait(false);
                context.User = principal;
                CurrentAccount.Set(context, changed);
                await auditor.RecordAsync(context, "user.password", account.Name.Value, AuditOutcome.Done, "own password").ConfigureAwait(false);
                return Results.Json(Describe(context, antiforgery, options));
            }
            catch (UserRuleException e)
            {
                await auditor.RecordAsync(context, "user.password", account.Name.Value, AuditOutcome.Failed, e.Message).ConfigureAwait(false);
                return ApiErrors.Error(StatusCodes.Status400BadRequest, e.Message, "weak-password");
            }
        });
    }

    private static SessionInfo Describe(HttpContext context, IAntiforgery antiforgery, ViewerOptions options)
    {
        var account = CurrentAccount.Get(context);
        var tokens = antiforgery.GetAndStoreTokens(context);
        return new SessionInfo(account is not null, account is null ? null : SessionUser.Of(account), options.AllowAnonymousRead,
            account is not null || options.AllowAnonymousRead, tokens.RequestToken);
    }
}
