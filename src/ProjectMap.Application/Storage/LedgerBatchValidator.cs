using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Storage;

/// <summary>
/// The checks every store makes inside its write transaction before appending a ledger batch, so all stores refuse
/// the same batches: milestones created once, each change's old value equal to the value it replaces, correction
/// chains linear. Also derives the <c>stage</c> a store keeps on the projects table.
/// </summary>
public static class LedgerBatchValidator
{
    /// <summary>
    /// Checks <paramref name="batch"/> against the stored ledgers of the projects it touches (read in the same
    /// transaction); throws <see cref="LedgerConflictException"/> listing every problem. Returns the touched projects' ledgers after the batch.
    /// </summary>
    public static IReadOnlyDictionary<ProjectCode, ProjectLedger> Apply(IReadOnlyDictionary<ProjectCode, ProjectLedger> stored, LedgerBatch batch)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(batch);
        var problems = new List<string>();
        var result = new Dictionary<ProjectCode, ProjectLedger>();
        foreach (var code in batch.Projects)
        {
            var ledger = stored.TryGetValue(code, out var l) ? l : ProjectLedger.Empty(code);
            var keys = ledger.Baselines.Select(m => m.Step.Key).ToHashSet(StringComparer.Ordinal);
            var created = batch.NewMilestones.Where(m => m.Code == code).ToList();
            foreach (var m in created.Where(m => !keys.Add(m.Step.Key)))
            {
                problems.Add($"{code}: milestone '{m.Step.Key}' already exists");
            }

            var state = ledger.CurrentMilestones().Concat(created).GroupBy(m => m.Step.Key).ToDictionary(g => g.Key, g => g.First());
            foreach (var c in batch.MilestoneChanges.Where(c => c.Code == code))
            {
                if (!state.TryGetValue(c.StepKey, out var m))
                {
                    problems.Add($"{code}: no milestone '{c.StepKey}' to change");
                    continue;
                }

                var current = m.ValueOf(c.Field);
                if (current != c.OldValue)
                {
                    problems.Add($"{code} {m.Step.NameZh} {c.Field}: the stored value is '{current ?? "(none)"}', not '{c.OldValue ?? "(none)"}'; the milestone changed meanwhile, reload and retry");
                    continue;
                }

                state[c.StepKey] = m.WithValue(c.Field, c.NewValue);
            }

            var investment = batch.Investment.Where(e => e.Code == code).ToList();
            var plans = batch.AnnualPlans.Where(p => p.Code == code).ToList();
            problems.AddRange(CorrectionChain.Check(ledger.Investment, investment).Select(p => "investment " + p));
            problems.AddRange(CorrectionChain.Check(ledger.AnnualPlans, plans).Select(p => "annual plan " + p));
            result[code] = ledger.Append(created, batch.MilestoneChanges.Where(c => c.Code == code), investment, plans);
        }

        if (problems.Count > 0)
        {
            throw new LedgerConflictException(problems);
        }

        return result;
    }

    /// <summary>The stage a store keeps on the projects table: the Chinese name of the latest applicable milestone (in chain order) with an actual date, or empty.</summary>
    public static string StageOf(ProjectLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return MilestoneProgress.Stage(ledger.CurrentMilestones(), DateOnly.MaxValue)?.Step.NameZh ?? string.Empty;
    }
}
