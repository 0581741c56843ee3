using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// The audit log: copied oldest first so the destination keeps the order (its ids are its own); canonical form a
/// fixed-order JSON of instant (UTC, milliseconds), user, action, target, outcome, detail and source, in log order.
/// </summary>
public sealed class AuditConcern : IStoreConcern
{
    /// <inheritdoc />
    public string Name => "audit";

    /// <inheritdoc />
    public async Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await OldestFirstAsync(store, cancellationToken).ConfigureAwait(false)).Count;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ConcernItem> ItemsAsync(IProjectMapStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var entries = await OldestFirstAsync(store, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            yield return new ConcernItem(i.ToString("D9", CultureInfo.InvariantCulture), JsonSerializer.Serialize(new object?[]
            {
                e.At.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture), e.User, e.Action, e.Target, e.Outcome.ToString(), e.Detail, e.Source,
            }));
        }
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        var entries = await OldestFirstAsync(source, cancellationToken).ConfigureAwait(false);
        foreach (var e in entries)
        {
            await destination.Audit.AppendAsync(e, cancellationToken).ConfigureAwait(false);
        }

        return entries.Count;
    }

    private static async Task<List<Domain.Access.AuditEntry>> OldestFirstAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        var all = new List<Domain.Access.AuditEntry>();
        long? before = null;
        while (true)
        {
            var page = await store.Audit.ListAsync(new AuditQuery(AuditQuery.MaxLimit, before), cancellationToken).ConfigureAwait(false);
            all.AddRange(page);
            if (page.Count < AuditQuery.MaxLimit)
            {
                break;
            }

            before = page[^1].Id;
        }

        all.Reverse();
        return all;
    }
}
