using ProjectMap.Domain.Access;
using ProjectMap.Web.Api;

namespace ProjectMap.Web.Security;

/// <summary>
/// The check every write endpoint makes first: a signed-in, enabled account whose role (and, for officers, project
/// assignment) allows the write. A refusal answers 401 or 403 and is written to the audit log.
/// </summary>
public sealed class WriteGuard(Auditor auditor)
{
    /// <summary>
    /// Null when the request's account passes <paramref name="allowed"/>; otherwise the refusal to return (401 when
    /// nobody is signed in, 403 otherwise), already audited as refused.
    /// </summary>
    public async Task<IResult?> RefuseUnlessAsync(HttpContext context, Func<UserAccount, bool> allowed, string action, string target, string why)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(allowed);
        var account = CurrentAccount.Get(context);
        if (account is null)
        {
            await auditor.RecordAsync(context, action, target, AuditOutcome.Refused, "not signed in").ConfigureAwait(false);
            return ApiErrors.Error(StatusCodes.Status401Unauthorized, "sign in to make changes", "unauthenticated");
        }

        if (!allowed(account))
        {
            await auditor.RecordAsync(context, action, target, AuditOutcome.Refused, $"role {UserRoles.Name(account.Role)}: {why}").ConfigureAwait(false);
            return ApiErrors.Error(StatusCodes.Status403Forbidden, why, "forbidden");
        }

        return null;
    }
}
