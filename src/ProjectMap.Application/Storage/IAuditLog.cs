using ProjectMap.Domain.Access;

namespace ProjectMap.Application.Storage;

/// <summary>The append-only log of write attempts (done, refused, failed); entries are never changed or removed.</summary>
public interface IAuditLog
{
    /// <summary>Appends an entry (its <see cref="AuditEntry.Id"/> is ignored) and returns the stored entry with its id.</summary>
    Task<AuditEntry> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Entries matching a query, newest first (by id).</summary>
    Task<IReadOnlyList<AuditEntry>> ListAsync(AuditQuery query, CancellationToken cancellationToken = default);
}
