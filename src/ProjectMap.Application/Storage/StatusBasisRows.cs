using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Storage;

/// <summary>
/// Reads the rows of <see cref="StatusBasisSql"/>'s queries (any ADO.NET reader) and assembles one
/// <see cref="StatusBasis"/> per stored project, applying the effective changes to each baseline milestone with the
/// domain's own <see cref="Milestone.WithValue"/>, so field values are parsed exactly as the full ledger read parses them.
/// </summary>
public static class StatusBasisRows
{
    /// <summary>An effective milestone change from a row of <see cref="StatusBasisSql.EffectiveChanges"/>.</summary>
    public static (ProjectCode Code, string StepKey, MilestoneField Field, string? NewValue) Change(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return (ProjectCode.Parse(r.GetString(0)), r.GetString(1), Enum.Parse<MilestoneField>(r.GetString(2)), r.IsDBNull(3) ? null : r.GetString(3));
    }

    /// <summary>A planned-date move from a row of <see cref="StatusBasisSql.PlannedDateMoves"/>, with its project.</summary>
    public static (ProjectCode Code, PlannedDateMove Move) Move(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return (ProjectCode.Parse(r.GetString(0)), new PlannedDateMove(r.GetString(1), r.GetString(2), r.GetString(3)));
    }

    /// <summary>A project's investment sums in 万元 from a row of <see cref="StatusBasisSql.Investment"/>.</summary>
    public static (ProjectCode Code, decimal Cumulative, decimal YearToDate, decimal? Month) Investment(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return (
            ProjectCode.Parse(r.GetString(0)),
            StatusBasisSql.Unscale(r.GetValue(1)),
            StatusBasisSql.Unscale(r.GetValue(2)),
            r.IsDBNull(3) ? null : StatusBasisSql.Unscale(r.GetValue(3)));
    }

    /// <summary>A project's annual plan in 万元 (4 decimals, canonical) from a row of <see cref="StatusBasisSql.AnnualPlans"/>.</summary>
    public static (ProjectCode Code, decimal PlanWan) Plan(DbDataReader r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return (ProjectCode.Parse(r.GetString(0)), LedgerValues.Canonical(LedgerRows.Amount(r, 1)));
    }

    /// <summary>
    /// One basis per code in <paramref name="codes"/> (their order kept), from the rows of the queries; each baseline gets
    /// its effective changes applied in the order read (as <see cref="ProjectLedger.MilestonesAsOf"/> applies them; changes
    /// of unknown steps are ignored as it ignores them); projects without rows get empty parts.
    /// </summary>
    public static IReadOnlyList<StatusBasis> Assemble(
        IReadOnlyList<ProjectCode> codes,
        YearMonth month,
        DateTimeOffset asOf,
        IEnumerable<Milestone> baselines,
        IEnumerable<(ProjectCode Code, string StepKey, MilestoneField Field, string? NewValue)> changes,
        IEnumerable<(ProjectCode Code, PlannedDateMove Move)> moves,
        IEnumerable<(ProjectCode Code, decimal Cumulative, decimal YearToDate, decimal? Month)> investment,
        IEnumerable<(ProjectCode Code, decimal PlanWan)> plans)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(baselines);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(investment);
        ArgumentNullException.ThrowIfNull(plans);

        // Each milestone is looked up once per change and replaced in place; every part is gathered per project before
        // one basis per project is built (a status of all projects assembles hundreds of thousands of rows).
        var current = new Dictionary<(ProjectCode Code, string Key), Milestone>();
        foreach (var m in baselines)
        {
            current.Add((m.Code, m.Step.Key), m);
        }

        foreach (var (code, stepKey, field, value) in changes)
        {
            ref var m = ref CollectionsMarshal.GetValueRefOrNullRef(current, (code, stepKey));
            if (!Unsafe.IsNullRef(ref m))
            {
                m = m.WithValue(field, value);
            }
        }

        var milestones = new Dictionary<ProjectCode, List<Milestone>>(codes.Count);
        foreach (var m in current.Values)
        {
            Add(milestones, m.Code, m);
        }

        var moved = new Dictionary<ProjectCode, List<PlannedDateMove>>();
        foreach (var (code, move) in moves)
        {
            Add(moved, code, move);
        }

        var sums = new Dictionary<ProjectCode, (decimal Cumulative, decimal YearToDate, decimal? Month)>();
        foreach (var (code, cumulative, yearToDate, monthWan) in investment)
        {
            sums[code] = (cumulative, yearToDate, monthWan);
        }

        var planned = new Dictionary<ProjectCode, decimal>();
        foreach (var (code, planWan) in plans)
        {
            planned[code] = planWan;
        }

        var bases = new List<StatusBasis>(codes.Count);
        foreach (var code in codes)
        {
            // The domain's orders: milestones by chain order, then step key ordinal; moves by step key ordinal (the
            // SQL's collation need not be ordinal).
            milestones.TryGetValue(code, out var projectMilestones);
            projectMilestones?.Sort(static (a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Step.Key, b.Step.Key));
            moved.TryGetValue(code, out var projectMoves);
            projectMoves?.Sort(static (a, b) => string.CompareOrdinal(a.StepKey, b.StepKey));
            var hasSums = sums.TryGetValue(code, out var sum);
            var empty = StatusBasis.Empty(code, month, asOf);
            bases.Add(empty with
            {
                Milestones = projectMilestones ?? empty.Milestones,
                PlannedDateMoves = projectMoves ?? empty.PlannedDateMoves,
                CumulativeWan = hasSums ? sum.Cumulative : empty.CumulativeWan,
                YearToDateWan = hasSums ? sum.YearToDate : empty.YearToDateWan,
                MonthReturnWan = hasSums ? sum.Month : empty.MonthReturnWan,
                AnnualPlanWan = planned.TryGetValue(code, out var planWan) ? planWan : empty.AnnualPlanWan,
            });
        }

        return bases;
    }

    private static void Add<T>(Dictionary<ProjectCode, List<T>> lists, ProjectCode code, T item)
    {
        if (!lists.TryGetValue(code, out var list))
        {
            lists.Add(code, list = []);
        }

        list.Add(item);
    }
}
