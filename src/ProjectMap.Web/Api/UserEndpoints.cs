using ProjectMap.Application.Storage;
using ProjectMap.Application.Users;
using ProjectMap.Domain.Access;
using ProjectMap.Domain.Projects;
using ProjectMap.Web.Security;

namespace ProjectMap.Web.Api;

/// <summary>
/// User administration for admins: <c>GET /api/users</c>, <c>POST /api/users</c>, <c>PUT /api/users/{name}</c> (role,
/// projects, display name, disabled) and <c>PUT /api/users/{name}/password</c>. Every write is checked and audited.
/// </summary>
public static class UserEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/users", async (HttpContext context, IProjectMapStore store) =>
        {
            if (CurrentAccount.Get(context) is not { CanAdminister: true })
            {
                return ApiErrors.Error(StatusCodes.Status403Forbidden, "only admins see the user list", "forbidden");
            }

            return Results.Json((await store.Users.ListAsync(context.RequestAborted).ConfigureAwait(false)).Select(SessionUser.Of));
        });

        app.MapPost("/api/users", async (UserRequest request, HttpContext context, UserService users, WriteGuard guard, Auditor auditor) =>
        {
            var target = request.Name?.Trim() ?? string.Empty;
            if (await guard.RefuseUnlessAsync(context, a => a.CanAdminister, "user.add", target, "only admins manage users").ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            return await RunAsync(context, auditor, "user.add", target, $"role={request.Role} projects={string.Join(',', request.Projects ?? [])}", async () =>
            {
                var user = await users.AddAsync(
                    UserName.Parse(request.Name), UserRoles.Parse(request.Role), Codes(request.Projects), request.Password ?? string.Empty, request.DisplayName, context.RequestAborted).ConfigureAwait(false);
                return Results.Json(SessionUser.Of(user), statusCode: StatusCodes.Status201Created);
            }).ConfigureAwait(false);
        });

        app.MapPut("/api/users/{name}", async (string name, UserRequest request, HttpContext context, UserService users, WriteGuard guard, Auditor auditor) =>
        {
            if (await guard.RefuseUnlessAsync(context, a => a.CanAdminister, "user.set", name, "only admins manage users").ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            var detail = $"role={request.Role} projects={string.Join(',', request.Projects ?? [])} disabled={request.Disabled?.ToString() ?? "-"}";
            return await RunAsync(context, auditor, "user.set", name, detail, async () =>
            {
                var userName = UserName.Parse(name);
                if (request.Disabled == true && CurrentAccount.Get(context)!.Name.Key == userName.Key)
                {
                    throw new UserRuleException("you cannot disable your own account");
                }

                var user = await users.SetRoleAsync(userName, UserRoles.Parse(request.Role), Codes(request.Projects), request.DisplayName, context.RequestAborted).ConfigureAwait(false);
                if (request.Disabled is { } disabled && disabled != user.Disabled)
                {
                    user = await users.SetDisabledAsync(userName, disabled, context.RequestAborted).ConfigureAwait(false);
                }

                return Results.Json(SessionUser.Of(user));
            }).ConfigureAwait(false);
        });

        app.MapPut("/api/users/{name}/password", async (string name, UserRequest request, HttpContext context, UserService users, WriteGuard guard, Auditor auditor) =>
        {
            if (await guard.RefuseUnlessAsync(context, a => a.CanAdminister, "user.password", name, "only admins set other users' passwords").ConfigureAwait(false) is { } refusal)
            {
                return refusal;
            }

            return await RunAsync(context, auditor, "user.password", name, "set by admin", async () =>
            {
                var user = await users.SetPasswordAsync(UserName.Parse(name), request.Password ?? string.Empty, context.RequestAborted).ConfigureAwait(false);
                return Results.Json(SessionUser.Of(user));
            }).ConfigureAwait(false);
        });
    }

    private static List<ProjectCode> Codes(IReadOnlyList<string>? codes) => (codes ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(ProjectCode.Parse).ToList();

    private static async Task<IResult> RunAsync(HttpContext context, Auditor auditor, string action, string target, string detail, Func<Task<IResult>> change)
    {
        try
        {
            var result = await change().ConfigureAwait(false);
            await auditor.RecordAsync(context, action, target, AuditOutcome.Done, detail).ConfigureAwait(false);
            return result;
        }
        catch (Exception e) when (e is FormatException or UserRuleException or StoreException)
        {
            await auditor.RecordAsync(context, action, target, AuditOutcome.Failed, e.Message).ConfigureAwait(false);
            var status = e switch
            {
                DuplicateUserException => StatusCodes.Status409Conflict,
                UserNotFoundException => StatusCodes.Status404NotFound,
                _ => StatusCodes.Status400BadRequest,
            };
            return ApiErrors.Error(status, e.Message, e is DuplicateUserException ? "duplicate" : e is UserNotFoundException ? "not-found" : "bad-value");
        }
    }
}
