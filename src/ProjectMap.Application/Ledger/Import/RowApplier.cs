using System.Globalization;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Ledger.Import;

/// <summary>Applies parsed rows in recording order to in-memory copies of the touched ledgers, collecting one batch to store.</summary>
internal sealed class RowApplier(IProjectMapStore store, string file, MilestoneTemplate template, List<LedgerImportProblem> problems)
{
    private static readonly TimeSpan SameRecording = TimeSpan.FromSeconds(1);
    private readonly Dictionary<ProjectCode, ProjectLedger> _ledgers = [];
    private readonly List<Milestone> _milestones = [];
    private readonly List<MilestoneChange> _changes = [];
    private readonly List<InvestmentEntry> _investment = [];
    private readonly List<AnnualPlan> _plans = [];
    private HashSet<ProjectCode> _projects = [];

    public int Applied { get; private set; }

    public int Unchanged { get; private set; }

    public LedgerBatch Batch => new(_milestones, _changes, _investment, _plans);

    public async Task LoadProjectsAsync(CancellationToken cancellationToken) =>
        _projects = (await store.Projects.ListAsync(cancellationToken).ConfigureAwait(false)).Select(p => p.Code).ToHashSet();

    public async Task ApplyAsync(ImportRow row, CancellationToken cancellationToken)
    {
        if (!_projects.Contains(row.Code))
        {
            Problem(row, LedgerColumn.Code, $"no project '{row.Code}' in the store; import its parcel first (projectmap project import)");
            return;
        }

        if (!_ledgers.TryGetValue(row.Code, out var ledger))
        {
            ledger = _ledgers[row.Code] = await store.Ledger.GetAsync(row.Code, cancellationToken).ConfigureAwait(false);
        }

        try
        {
            var changed = row.Kind switch
            {
                LedgerTableKind.Milestones or LedgerTableKind.MilestoneChanges => ApplyMilestone(row, ref ledger),
                LedgerTableKind.Investment => ApplyInvestment(row, ref ledger),
                _ => ApplyPlan(row, ref ledger),
            };
            _ledgers[row.Code] = ledger;
            if (changed)
            {
                Applied++;
            }
            else
            {
                Unchanged++;
            }
        }
        catch (LedgerRuleException e)
        {
            Problem(row, ColumnOf(row.Kind, e.Field), e.Message);
        }
    }

    private bool ApplyMilestone(ImportRow row, ref ProjectLedger ledger)
    {
        var update = row.Milestone!;
        if (row.RecordedAtGiven)
        {
            var step = ledger.Baselines.FirstOrDefault(m => m.Step.IsNamed(update.Step))?.Step.Key;
            var log = ledger.MilestoneChanges;
            bool Recorded(MilestoneField field, string? value) => log.Any(c =>
                c.StepKey == step && c.Field == field && c.NewValue == value && (c.RecordedAt - update.RecordedAt).Duration() < SameRecording);
            update = update with
            {
                Planned = Recorded(MilestoneField.Planned, LedgerValues.FormatDate(update.Planned)) ? null : update.Planned,
                Forecast = Recorded(MilestoneField.Forecast, LedgerValues.FormatDate(update.Forecast)) ? null : update.Forecast,
                ClearForecast = update.ClearForecast && !Recorded(MilestoneField.Forecast, null),
                Actual = Recorded(MilestoneField.Actual, LedgerValues.FormatDate(update.Actual)) ? null : update.Actual,
                ClearActual = update.ClearActual && !Recorded(MilestoneField.Actual, null),
                Weight = update.Weight is { } w && Recorded(MilestoneField.Weight, LedgerValues.FormatDecimal(w)) ? null : update.Weight,
                Applicable = update.Applicable is { } a && Recorded(MilestoneField.Applicable, a ? "true" : "false") ? null : update.Applicable,
            };
        }

        var plan = MilestonePlanner.Plan(ledger, template, update);
        if (plan.IsEmpty)
        {
            return false;
        }

        ledger = ledger.Append(plan.NewMilestones, plan.Changes);
        _milestones.AddRange(plan.NewMilestones);
        _changes.AddRange(plan.Changes);
        return true;
    }

    private bool ApplyInvestment(ImportRow row, ref ProjectLedger ledger)
    {
        if (ledger.Investment.Any(e => e.Month == row.Month && e.AmountWan == row.Amount && (e.RecordedAt - row.RecordedAt).Duration() < SameRecording))
        {
            return false;
        }

        var entry = InvestmentPlanner.Return(ledger, row.Month, row.Amount, row.Reason, row.By, row.RecordedAt);
        if (entry is null)
        {
            return false;
        }

        ledger = ledger.Append(investment: [entry]);
        _investment.Add(entry);
        return true;
    }

    private bool ApplyPlan(ImportRow row, ref ProjectLedger ledger)
    {
        if (ledger.AnnualPlans.Any(p => p.Year == row.Year && p.PlanWan == row.Amount && (p.RecordedAt - row.RecordedAt).Duration() < SameRecording))
        {
            return false;
        }

        var plan = InvestmentPlanner.Plan(ledger, row.Year, row.Amount, row.Reason, row.By, row.RecordedAt);
        if (plan is null)
        {
            return false;
        }

        ledger = ledger.Append(plans: [plan]);
        _plans.Add(plan);
        return true;
    }

    private static LedgerColumn ColumnOf(LedgerTableKind kind, string? field) => (kind, field) switch
    {
        (LedgerTableKind.MilestoneChanges, "planned" or "forecast" or "actual" or "weight") => LedgerColumn.NewValue,
        (_, "step") => LedgerColumn.Step,
        (_, "planned") => LedgerColumn.Planned,
        (_, "forecast") => LedgerColumn.Forecast,
        (_, "actual") => LedgerColumn.Actual,
        (_, "weight") => LedgerColumn.Weight,
        (_, "reason") => LedgerColumn.Reason,
        (_, "year") => LedgerColumn.Year,
        (_, "recordedAt") => LedgerColumn.RecordedAt,
        (LedgerTableKind.AnnualPlans, "amount") => LedgerColumn.PlanAmount,
        (_, "amount") => LedgerColumn.Amount,
        _ => LedgerColumn.Code,
    };

    private void Problem(ImportRow row, LedgerColumn column, string text)
    {
        var label = row.Columns.TryGetValue(column, out var i)
            ? row.Table.ColumnLabel(i)
            : string.Create(CultureInfo.InvariantCulture, $"{LedgerHeaders.Header(column, false)} (no such column in the sheet)");
        problems.Add(new LedgerImportProblem(file, row.Table.Name, row.Row.Number, label, text));
    }
}
