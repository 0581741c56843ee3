namespace ProjectMap.Domain.Ledger;

/// <summary>
/// Pure functions over append-only, correctable entries: which entry of each period counts at an instant, and
/// whether new entries extend the chains correctly (one first entry per project and period, each entry corrected at
/// most once, a correction effective after the entry it corrects).
/// </summary>
public static class CorrectionChain
{
    /// <summary>
    /// The entries that count at <paramref name="asOf"/>: per project and period, the last entry of its chain whose
    /// effective instant is at or before <paramref name="asOf"/>.
    /// </summary>
    public static IReadOnlyList<T> AsOf<T>(IEnumerable<T> entries, DateTimeOffset asOf)
        where T : ICorrectableEntry
    {
        ArgumentNullException.ThrowIfNull(entries);
        var visible = entries.Where(e => e.EffectiveAt <= asOf).ToList();
        var corrected = visible.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet();
        return visible.Where(e => !corrected.Contains(e.Id)).ToList();
    }

    /// <summary>The latest entry (the head of the chain) for a project's period among <paramref name="entries"/>, or null.</summary>
    public static T? Head<T>(IEnumerable<T> entries, Projects.ProjectCode code, string period)
        where T : class, ICorrectableEntry
    {
        ArgumentNullException.ThrowIfNull(entries);
        var chain = entries.Where(e => e.Code == code && e.Period == period).ToList();
        var corrected = chain.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet();
        return chain.Where(e => !corrected.Contains(e.Id)).OrderBy(e => e.EffectiveAt).LastOrDefault();
    }

    /// <summary>
    /// The problems with appending <paramref name="incoming"/> (in order) to <paramref name="existing"/>, one sentence
    /// each; empty when the append keeps every chain linear.
    /// </summary>
    public static IReadOnlyList<string> Check<T>(IEnumerable<T> existing, IEnumerable<T> incoming)
        where T : ICorrectableEntry
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        var byId = existing.ToDictionary(e => e.Id);
        var correctedIds = byId.Values.Where(e => e.CorrectsId is not null).Select(e => e.CorrectsId!.Value).ToHashSet();
        var firsts = byId.Values.Where(e => e.CorrectsId is null).Select(e => (e.Code, e.Period)).ToHashSet();
        var problems = new List<string>();
        foreach (var e in incoming)
        {
            var label = $"{e.Code} {e.Period}";
            if (!byId.TryAdd(e.Id, e))
            {
                problems.Add($"{label}: entry {e.Id} is already stored");
                continue;
            }

            if (e.CorrectsId is not { } target)
            {
                if (!firsts.Add((e.Code, e.Period)))
                {
                    problems.Add($"{label}: a first entry for this period already exists; record a correction of it instead");
                }

                continue;
            }

            if (!byId.TryGetValue(target, out var old) || old.Code != e.Code || old.Period != e.Period)
            {
                problems.Add($"{label}: the entry it corrects ({target}) is not an entry of the same project and period");
            }
            else if (!correctedIds.Add(target))
            {
                problems.Add($"{label}: entry {target} was already corrected; correct the latest entry instead");
            }
            else if (e.EffectiveAt <= old.EffectiveAt)
            {
                problems.Add($"{label}: a correction must take effect after the entry it corrects ({LedgerValues.FormatInstant(old.EffectiveAt)})");
            }
        }

        return problems;
    }
}
