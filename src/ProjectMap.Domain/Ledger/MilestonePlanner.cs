using System.Globalization;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// Turns milestone updates into change-log records, enforcing the ledger's rules: a moved planned date needs a reason,
/// an actual date cannot be later than the day it is recorded, weights are 0..100 points. The first update of a
/// project creates all of the template's steps as its milestones (copying names and weights).
/// </summary>
public static class MilestonePlanner
{
    /// <summary>The records an update adds to <paramref name="ledger"/>; throws <see cref="LedgerRuleException"/> naming the broken rule.</summary>
    public static MilestonePlan Plan(ProjectLedger ledger, MilestoneTemplate template, MilestoneUpdate update)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(update);
        if (update.Code != ledger.Code)
        {
            throw new ArgumentException($"the update is for {update.Code}, the ledger for {ledger.Code}", nameof(update));
        }

        var created = new List<Milestone>();
        var current = ledger.CurrentMilestones().ToList();
        var milestone = current.FirstOrDefault(m => m.Step.IsNamed(update.Step));
        if (milestone is null)
        {
            var step = template.Find(update.Step)
                ?? throw new LedgerRuleException($"unknown milestone '{update.Step}'; known: {string.Join(", ", template.Steps.Select(s => s.NameZh + " (" + s.Key + ")"))}", "step");
            if (current.Count == 0)
            {
                created.AddRange(template.Steps.Select((s, i) => new Milestone { Code = ledger.Code, Step = s, Order = i, Weight = s.Weight }));
            }
            else
            {
                created.Add(new Milestone { Code = ledger.Code, Step = step, Order = template.IndexOf(step.Key), Weight = step.Weight });
            }

            // A milestone created by this update takes its weight and applicability as its baseline, not as changes.
            var index = created.FindIndex(m => m.Step.Key == step.Key);
            created[index] = created[index] with { Weight = update.Weight ?? created[index].Weight, Applicable = update.Applicable ?? created[index].Applicable };
            milestone = created[index];
        }

        var recordedDay = DistrictTime.DateOf(update.RecordedAt);
        if (update.Actual is { } actual && actual > recordedDay)
        {
            throw new LedgerRuleException($"{milestone.Step.NameZh} actual date {LedgerValues.FormatDate(actual)} is after the day it is recorded ({LedgerValues.FormatDate(recordedDay)}); an actual date cannot be in the future", "actual");
        }

        if (update.Weight is { } w && (w < 0 || w > 100))
        {
            throw new LedgerRuleException(string.Create(CultureInfo.InvariantCulture, $"{milestone.Step.NameZh} weight {w} is outside 0..100 points"), "weight");
        }

        var wanted = milestone with
        {
            Planned = update.Planned ?? milestone.Planned,
            Forecast = update.ClearForecast ? null : update.Forecast ?? milestone.Forecast,
            Actual = update.ClearActual ? null : update.Actual ?? milestone.Actual,
            Weight = update.Weight ?? milestone.Weight,
            Applicable = update.Applicable ?? milestone.Applicable,
        };
        var reason = update.Reason.Trim();
        if (milestone.Planned is { } oldPlan && wanted.Planned != oldPlan && reason.Length == 0)
        {
            throw new LedgerRuleException($"{milestone.Step.NameZh} planned date moves from {LedgerValues.FormatDate(oldPlan)} to {LedgerValues.FormatDate(wanted.Planned)}: give the reason (原因)", "reason");
        }

        var changes = new List<MilestoneChange>();
        foreach (var field in Enum.GetValues<MilestoneField>())
        {
            var oldValue = milestone.ValueOf(field);
            var newValue = wanted.ValueOf(field);
            if (oldValue == newValue)
            {
                continue;
            }

            changes.Add(new MilestoneChange
            {
                Code = ledger.Code,
                StepKey = milestone.Step.Key,
                Field = field,
                OldValue = oldValue,
                NewValue = newValue,
                Reason = reason,
                ChangedBy = update.By,
                RecordedAt = update.RecordedAt,
                EffectiveAt = EffectiveTime.OfMilestoneChange(field, IsFirst(ledger, milestone.Step.Key, field), newValue, update.RecordedAt),
            });
        }

        if (changes.Count == 0 && created.All(m => m.Weight == m.Step.Weight && m.Applicable))
        {
            created.Clear();
        }

        var latest = ledger.MilestoneChanges.Where(c => c.StepKey == milestone.Step.Key).Select(c => (DateTimeOffset?)c.RecordedAt).Max();
        if (changes.Count > 0 && latest is { } l && update.RecordedAt < l)
        {
            throw new LedgerRuleException($"{milestone.Step.NameZh} is recorded at {LedgerValues.FormatInstant(update.RecordedAt)}, before its latest recorded change ({LedgerValues.FormatInstant(l)}); the ledger only appends, so record it with a later time", "recordedAt");
        }

        return new MilestonePlan(created, changes);
    }

    private static bool IsFirst(ProjectLedger ledger, string key, MilestoneField field) =>
        !ledger.MilestoneChanges.Any(c => c.StepKey == key && c.Field == field);
}
