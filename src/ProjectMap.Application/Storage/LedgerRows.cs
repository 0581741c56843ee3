using System.Data.Common;
using System.Globalization;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>
/// The ledger's table layout shared by every SQL store: column lists for SELECTs and the mapping of a row (any ADO.NET
/// reader) to ledger records, so the GeoPackage and PostGIS stores read the same columns the same way. Amounts are
/// read through decimal and rounded to 4 places (exact from REAL or numeric); instants are text in
/// <see cref="LedgerValues.InstantFormat"/> (100 ns, so records copy between stores unchanged); ids are text or uuid.
/// </summary>
public static class LedgerRows
{
    /// <summary>Columns of ledger_milestones read as a baseline.</summary>
    public const string BaselineColumns = "project_code, step_key, name_zh, name_en, ordinal, baseline_weight, baseline_applicable";

    /// <summary>Columns of ledger_milestone_changes.</summary>
    public const string ChangeColumns = "project_code, step_key, field, old_value, new_value, reason, changed_by, recorded_at, effective_at";

    /// <summary>Columns of ledger_investment.</summary>
    public const string InvestmentColumns = "id, project_code, month, amount_wan, corrects_id, reason, recorded_by, recorded_at, effective_at";

    /// <summary>Columns of ledger_annual_plans.</summary>
    public const string PlanColumns = "id, project_code, year, plan_wan, corrects_id, reason, recorded_by, recorded_at, effective_at";

    /// <summary>A baseline milestone from a row of <see cref="BaselineColumns"/>.</summary>
    public static Milestone Baseline(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var weight = Amount(r, 5);
        return new Milestone
        {
            Code = ProjectCode.Parse(r.GetString(0)),
            Step = new MilestoneStep(r.GetString(1), r.GetString(2), r.GetString(3), weight),
            Order = r.GetInt32(4),
            Weight = weight,
            Applicable = r.GetBoolean(6),
        };
    }

    /// <summary>A change from a row of <see cref="ChangeColumns"/>.</summary>
    public static MilestoneChange Change(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new MilestoneChange
        {
            Code = ProjectCode.Parse(r.GetString(0)),
            StepKey = r.GetString(1),
            Field = Enum.Parse<MilestoneField>(r.GetString(2)),
            OldValue = r.IsDBNull(3) ? null : r.GetString(3),
            NewValue = r.IsDBNull(4) ? null : r.GetString(4),
            Reason = r.GetString(5),
            ChangedBy = r.GetString(6),
            RecordedAt = LedgerValues.ParseInstant(r.GetString(7)),
            EffectiveAt = LedgerValues.ParseInstant(r.GetString(8)),
        };
    }

    /// <summary>An investment entry from a row of <see cref="InvestmentColumns"/>.</summary>
    public static InvestmentEntry Investment(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new InvestmentEntry
        {
            Id = Id(r, 0)!.Value,
            Code = ProjectCode.Parse(r.GetString(1)),
            Month = YearMonth.Parse(r.GetString(2)),
            AmountWan = Amount(r, 3),
            CorrectsId = Id(r, 4),
            Reason = r.GetString(5),
            RecordedBy = r.GetString(6),
            RecordedAt = LedgerValues.ParseInstant(r.GetString(7)),
            EffectiveAt = LedgerValues.ParseInstant(r.GetString(8)),
        };
    }

    /// <summary>An annual plan from a row of <see cref="PlanColumns"/>.</summary>
    public static AnnualPlan Plan(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new AnnualPlan
        {
            Id = Id(r, 0)!.Value,
            Code = ProjectCode.Parse(r.GetString(1)),
            Year = Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
            PlanWan = Amount(r, 3),
            CorrectsId = Id(r, 4),
            Reason = r.GetString(5),
            RecordedBy = r.GetString(6),
            RecordedAt = LedgerValues.ParseInstant(r.GetString(7)),
            EffectiveAt = LedgerValues.ParseInstant(r.GetString(8)),
        };
    }

    /// <summary>Groups records read in table order into ledgers keyed by project.</summary>
    public static Dictionary<ProjectCode, ProjectLedger> Assemble(
        IEnumerable<Milestone> baselines, IEnumerable<MilestoneChange> changes, IEnumerable<InvestmentEntry> investment, IEnumerable<AnnualPlan> plans)
    {
        var ledgers = new Dictionary<ProjectCode, ProjectLedger>();
        ProjectLedger Of(ProjectCode code) => ledgers.TryGetValue(code, out var l) ? l : ProjectLedger.Empty(code);
        foreach (var g in baselines.GroupBy(m => m.Code))
        {
            ledgers[g.Key] = Of(g.Key) with { Baselines = g.ToList() };
        }

        foreach (var g in changes.GroupBy(c => c.Code))
        {
            ledgers[g.Key] = Of(g.Key) with { MilestoneChanges = g.ToList() };
        }

        foreach (var g in investment.GroupBy(e => e.Code))
        {
            ledgers[g.Key] = Of(g.Key) with { Investment = g.ToList() };
        }

        foreach (var g in plans.GroupBy(p => p.Code))
        {
            ledgers[g.Key] = Of(g.Key) with { AnnualPlans = g.ToList() };
        }

        return ledgers;
    }

    /// <summary>An amount in 万元 from column <paramref name="i"/> (REAL or numeric), rounded to <see cref="LedgerValues.AmountDecimals"/> places.</summary>
    public static decimal Amount(DbDataReader r, int i)
    {
        ArgumentNullException.ThrowIfNull(r);

        // Typed reads (no boxing): a status of all projects reads hundreds of thousands of these.
        var value = r.GetFieldType(i) == typeof(decimal) ? r.GetDecimal(i) : (decimal)r.GetDouble(i);
        return decimal.Round(value, LedgerValues.AmountDecimals);
    }

    private static Guid? Id(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) is Guid g ? g : Guid.Parse(r.GetString(i));
}
