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
        var at = asOf ?? DistrictTime.EndOf(month);
        // Both reads at once: a server store works on one while this process reads the other. The store computes each
        // project's status basis (the facts that count at the instant), so only those are read, not the whole ledger.
        var projectsRead = Task.Run(() => store.Projects.ListAsync(cancellationToken), cancellationToken);
        var basesRead = Task.Run(() => store.Ledger.ListStatusBasisAsync(month, at, cancellationToken), cancellationToken);
        await Task.WhenAll(projectsRead, basesRead).ConfigureAwait(false);
        var projects = await projectsRead.ConfigureAwait(false);
        var bases = (await basesRead.ConfigureAwait(false)).ToDictionary(b => b.Code);
        return projects
            .AsParallel()
            .AsOrdered()
            .WithCancellation(cancellationToken)
            .Select(p => StatusCalculator.Compute(p, bases.TryGetValue(p.Code, out var b) ? b : StatusBasis.Empty(p.Code, month, at), rules))
            .ToList();
    }
}
