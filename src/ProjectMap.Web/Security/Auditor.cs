using ProjectMap.Application.Storage;
using ProjectMap.Domain.Access;

namespace ProjectMap.Web.Security;

/// <summary>Writes web requests' write attempts to the store's audit log, with the user and the remote address.</summary>
public sealed class Auditor(IProjectMapStore store, TimeProvider time)
{
    /// <summary>Appends one entry for the request's account, or with no user when <paramref name="anonymous"/> (failed logins).</summary>
    public Task<AuditEntry> RecordAsync(HttpContext context, string action, string target, AuditOutcome outcome, string detail, bool anonymous = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = anonymous ? null : CurrentAccount.Get(context)?.Name.Value;
        var source = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return store.Audit.AppendAsync(new AuditEntry(0, time.GetUtcNow(), user, action, target, outcome, detail, source), context.RequestAborted);
    }
}
