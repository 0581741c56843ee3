using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Time;

namespace ProjectMap.Web.Ledger;

/// <summary>
/// The months the viewer's month slider offers: from the first to the last month with data (an investment return, a
/// milestone reached, or a drone photo), never after the current month (Asia/Shanghai). The default month is the last
/// one with data: the latest month leaders can be told about. With no data at all the slider shows the current month.
/// </summary>
/// <param name="First">The first month offered.</param>
/// <param name="Last">The last month offered.</param>
/// <param name="Default">The month shown first (the last month with data).</param>
/// <param name="PhotoMonths">Number of stored photos per capture month.</param>
/// <param name="ReturnMonths">Months with at least one investment return.</param>
public sealed record LedgerTimeline(YearMonth First, YearMonth Last, YearMonth Default, IReadOnlyDictionary<string, int> PhotoMonths, IReadOnlyList<string> ReturnMonths)
{
    /// <summary>Builds the timeline of a store at <paramref name="now"/>.</summary>
    public static async Task<LedgerTimeline> BuildAsync(IProjectMapStore store, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var current = YearMonth.Of(DistrictTime.DateOf(now));
        var ledgers = await store.Ledger.ListAsync(cancellationToken).ConfigureAwait(false);
        var returns = ledgers.SelectMany(l => l.Investment).Select(e => e.Month).Where(m => m <= current).ToHashSet();
        var reached = ledgers.SelectMany(l => l.MilestoneChanges)
            .Where(c => c.Field == MilestoneField.Actual && c.NewValue is not null)
            .Select(c => YearMonth.Of(LedgerValues.ParseDate(c.NewValue)!.Value))
            .Where(m => m <= current);
        var photos = (await store.Photos.ListAsync(new PhotoQuery(), cancellationToken).ConfigureAwait(false))
            .Where(p => p.Month is { } m && m <= current)
            .GroupBy(p => p.Month!.Value)
            .ToDictionary(g => g.Key, g => g.Count());
        var all = returns.Concat(reached).Concat(photos.Keys).ToList();
        if (all.Count == 0)
        {
            return new LedgerTimeline(current, current, current, new Dictionary<string, int>(), []);
        }

        var first = all.Min();
        var last = all.Max();
        return new LedgerTimeline(
            first, last, last,
            photos.OrderBy(kv => kv.Key).ToDictionary(kv => kv.Key.ToString(), kv => kv.Value),
            [.. returns.Order().Select(m => m.ToString())]);
    }

    /// <summary>The months from <see cref="First"/> to <see cref="Last"/>, in order.</summary>
    public IReadOnlyList<string> Months => [.. Enumerable.Range(0, First.MonthsUntil(Last) + 1).Select(i => First.AddMonths(i).ToString())];
}
