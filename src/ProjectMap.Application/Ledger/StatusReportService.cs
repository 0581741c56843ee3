using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Ledger;

/// <summary>The month's status of every project in a store, as the ledger stood at the month's end (or a given instant).</summary>
public static class StatusReportService
{
    /// <summary>
    /// Computes every project's status for <paramref name="month"/> as of <paramref name="asOf"/> (null: the month's last
    /// instant in Asia/Shanghai), ordered by project code.
    /// </summary>
    public static async Task<IReadOnlyList<ProjectStatus>> BuildAsync(
        IProjectMapStore store, YearMonth month, StatusRules rules, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(rules);
        // Both reads at once: a server store works on one while this process reads the other.
        var projectsRead = store.Projects.ListAsync(cancellationToken);
        var ledgersRead = store.Ledger.ListAsync(cancellationToken);
        await Task.WhenAll(projectsRead, ledgersRead).ConfigureAwait(false);
        var projects = await projectsRead.ConfigureAwait(false);
        var ledgers = (await ledgersRead.ConfigureAwait(false)).ToDictionary(l => l.Code);
        return projects
            .Select(p => StatusCalculator.Compute(p, ledgers.TryGetValue(p.Code, out var l) ? l : ProjectLedger.Empty(p.Code), month, rules, asOf))
            .ToList();
    }
}
