using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// The progress ledger as <c>db copy</c> and <c>db checksum</c> see it. Items are the records: milestones (baselines),
/// milestone changes, investment entries and annual plans, keyed "CODE/milestone/KEY", "CODE/change/NNNNNN" (position
/// in the project's log), "CODE/investment/ID" and "CODE/plan/ID", canonical order ordinal by key; the digest also
/// holds the milestone template as one item "template" (a new store already has the default template, so it is not
/// counted as content). Canonical text is one-line JSON with decimals without trailing zeros and instants as UTC with
/// 100 ns digits, so a GeoPackage and a PostGIS store holding the same ledger give the same checksum. The ledger is
/// read and copied <see cref="PageSize"/> projects at a time (one destination transaction each); only the project
/// codes are held for the whole run.
/// </summary>
/// <param name="pageSize">Projects per page, at least 1.</param>
public sealed class LedgerConcern(int pageSize = LedgerConcern.DefaultPageSize) : IStoreConcern
{
    /// <summary>The page size <see cref="StoreConcerns.All"/> uses.</summary>
    public const int DefaultPageSize = 200;

    private const string TemplateKey = "template";

    /// <summary>Projects per page.</summary>
    public int PageSize { get; } = pageSize >= 1 ? pageSize : throw new ArgumentOutOfRangeException(nameof(pageSize), "a page holds at least one project");

    /// <inheritdoc />
    public string Name => "ledger";

    /// <inheritdoc />
    public async Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var page in PagesAsync(store, await CodesAsync(store, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            count += page.Sum(Count);
        }

        return count;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ConcernItem> ItemsAsync(IProjectMapStore store, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var template = new ConcernItem(
            TemplateKey,
            JsonSerializer.Serialize((await store.Ledger.GetTemplateAsync(cancellationToken).ConfigureAwait(false)).Steps.Select(s => new[] { s.Key, s.NameZh, s.NameEn, D(s.Weight) })));
        var templatePending = true;

        // Every key of a project starts with "CODE/", and no "CODE/" is a prefix of another's, so projects visited in
        // ordinal order of "CODE/", each with its keys sorted, give every key in ordinal order.
        var codes = (await CodesAsync(store, cancellationToken).ConfigureAwait(false)).OrderBy(c => c.Value + "/", StringComparer.Ordinal).ToList();
        await foreach (var page in PagesAsync(store, codes, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.OrderBy(l => l.Code.Value + "/", StringComparer.Ordinal).SelectMany(l => Items(l).OrderBy(i => i.Key, StringComparer.Ordinal)))
            {
                if (templatePending && string.CompareOrdinal(TemplateKey, item.Key) < 0)
                {
                    templatePending = false;
                    yield return template;
                }

                yield return item;
            }
        }

        if (templatePending)
        {
            yield return template;
        }
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        await destination.Ledger.SaveTemplateAsync(await source.Ledger.GetTemplateAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        long copied = 0;
        await foreach (var ledgers in PagesAsync(source, await CodesAsync(source, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false))
        {
            var batch = new LedgerBatch(
                [.. ledgers.SelectMany(l => l.Baselines)], [.. ledgers.SelectMany(l => l.MilestoneChanges)], [.. ledgers.SelectMany(l => l.Investment)], [.. ledgers.SelectMany(l => l.AnnualPlans)]);
            await destination.Ledger.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
            copied += ledgers.Sum(Count);
        }

        return copied;
    }

    private static IEnumerable<ConcernItem> Items(ProjectLedger l)
    {
        var code = l.Code.Value;
        foreach (var m in l.Baselines)
        {
            yield return new($"{code}/milestone/{m.Step.Key}", Json(m.Step.NameZh, m.Step.NameEn, m.Order.ToString(CultureInfo.InvariantCulture), D(m.Weight), m.Applicable ? "true" : "false"));
        }

        foreach (var (c, i) in l.MilestoneChanges.Select((c, i) => (c, i)))
        {
            yield return new(
                $"{code}/change/{i.ToString("D6", CultureInfo.InvariantCulture)}",
                Json(c.StepKey, c.Field.ToString(), c.OldValue, c.NewValue, c.Reason, c.ChangedBy, I(c.RecordedAt), I(c.EffectiveAt)));
        }

        foreach (var e in l.Investment)
        {
            yield return new($"{code}/investment/{e.Id}", Json(e.Month.ToString(), D(e.AmountWan), e.CorrectsId?.ToString(), e.Reason, e.RecordedBy, I(e.RecordedAt), I(e.EffectiveAt)));
        }

        foreach (var p in l.AnnualPlans)
        {
            yield return new($"{code}/plan/{p.Id}", Json(p.Year.ToString(CultureInfo.InvariantCulture), D(p.PlanWan), p.CorrectsId?.ToString(), p.Reason, p.RecordedBy, I(p.RecordedAt), I(p.EffectiveAt)));
        }
    }

    /// <summary>The codes of every stored project (the only thing held for a whole run).</summary>
    private async Task<List<ProjectCode>> CodesAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        var codes = new List<ProjectCode>();
        await foreach (var page in ProjectsConcern.PagesAsync(store, Math.Max(PageSize, ProjectsConcern.DefaultPageSize), cancellationToken).ConfigureAwait(false))
        {
            codes.AddRange(page.Select(p => p.Code));
        }

        return codes;
    }

    private async IAsyncEnumerable<IReadOnlyList<ProjectLedger>> PagesAsync(IProjectMapStore store, IReadOnlyList<ProjectCode> codes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var chunk in codes.Chunk(PageSize))
        {
            yield return await store.Ledger.ListAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    private static long Count(ProjectLedger l) => l.Baselines.Count + l.MilestoneChanges.Count + l.Investment.Count + l.AnnualPlans.Count;

    private static string Json(params string?[] values) => JsonSerializer.Serialize(values);

    private static string D(decimal value) => LedgerValues.FormatDecimal(value);

    private static string I(DateTimeOffset instant) => LedgerValues.FormatInstant(instant);
}
