using System.Globalization;
using System.Text.Json;
using ProjectMap.Domain.Ledger;

namespace ProjectMap.Application.Storage.Copy;

/// <summary>
/// The progress ledger as <c>db copy</c> and <c>db checksum</c> see it. Items are the records: milestones (baselines),
/// milestone changes, investment entries and annual plans, keyed "CODE/milestone/KEY", "CODE/change/NNNNNN" (position
/// in the project's log), "CODE/investment/ID" and "CODE/plan/ID", canonical order ordinal by key; the digest also
/// holds the milestone template as one item "template" (a new store already has the default template, so it is not
/// counted as content). Canonical text is one-line JSON with decimals without trailing zeros and instants as UTC with
/// 100 ns digits, so a GeoPackage and a PostGIS store holding the same ledger give the same checksum.
/// </summary>
public sealed class LedgerConcern : IStoreConcern
{
    /// <inheritdoc />
    public string Name => "ledger";

    /// <inheritdoc />
    public async Task<long> CountAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return (await store.Ledger.ListAsync(cancellationToken).ConfigureAwait(false)).Sum(Count);
    }

    /// <inheritdoc />
    public async Task<ConcernDigest> DigestAsync(IProjectMapStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var items = new List<(string Key, string Text)>
        {
            ("template", JsonSerializer.Serialize((await store.Ledger.GetTemplateAsync(cancellationToken).ConfigureAwait(false)).Steps.Select(s => new[] { s.Key, s.NameZh, s.NameEn, D(s.Weight) }))),
        };
        foreach (var l in await store.Ledger.ListAsync(cancellationToken).ConfigureAwait(false))
        {
            var code = l.Code.Value;
            items.AddRange(l.Baselines.Select(m => ($"{code}/milestone/{m.Step.Key}", Json(m.Step.NameZh, m.Step.NameEn, m.Order.ToString(CultureInfo.InvariantCulture), D(m.Weight), m.Applicable ? "true" : "false"))));
            items.AddRange(l.MilestoneChanges.Select((c, i) => (
                $"{code}/change/{i.ToString("D6", CultureInfo.InvariantCulture)}",
                Json(c.StepKey, c.Field.ToString(), c.OldValue, c.NewValue, c.Reason, c.ChangedBy, I(c.RecordedAt), I(c.EffectiveAt)))));
            items.AddRange(l.Investment.Select(e => (
                $"{code}/investment/{e.Id}", Json(e.Month.ToString(), D(e.AmountWan), e.CorrectsId?.ToString(), e.Reason, e.RecordedBy, I(e.RecordedAt), I(e.EffectiveAt)))));
            items.AddRange(l.AnnualPlans.Select(p => (
                $"{code}/plan/{p.Id}", Json(p.Year.ToString(CultureInfo.InvariantCulture), D(p.PlanWan), p.CorrectsId?.ToString(), p.Reason, p.RecordedBy, I(p.RecordedAt), I(p.EffectiveAt)))));
        }

        using var digest = new ContentDigestBuilder(Name);
        foreach (var (key, text) in items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            digest.Add(key, text);
        }

        return digest.Build();
    }

    /// <inheritdoc />
    public async Task<long> CopyAsync(IProjectMapStore source, IProjectMapStore destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(destination);
        await destination.Ledger.SaveTemplateAsync(await source.Ledger.GetTemplateAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var ledgers = await source.Ledger.ListAsync(cancellationToken).ConfigureAwait(false);
        var batch = new LedgerBatch(
            [.. ledgers.SelectMany(l => l.Baselines)], [.. ledgers.SelectMany(l => l.MilestoneChanges)], [.. ledgers.SelectMany(l => l.Investment)], [.. ledgers.SelectMany(l => l.AnnualPlans)]);
        await destination.Ledger.AppendAsync(batch, cancellationToken).ConfigureAwait(false);
        return ledgers.Sum(Count);
    }

    private static long Count(ProjectLedger l) => l.Baselines.Count + l.MilestoneChanges.Count + l.Investment.Count + l.AnnualPlans.Count;

    private static string Json(params string?[] values) => JsonSerializer.Serialize(values);

    private static string D(decimal value) => LedgerValues.FormatDecimal(value);

    private static string I(DateTimeOffset instant) => LedgerValues.FormatInstant(instant);
}
