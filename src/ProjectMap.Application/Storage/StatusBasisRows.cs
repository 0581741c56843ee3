using System.Data.Common;
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
        var byCode = codes.ToDictionary(c => c, c => StatusBasis.Empty(c, month, asOf));
        void Update(ProjectCode code, Func<StatusBasis, StatusBasis> change)
        {
            if (byCode.TryGetValue(code, out var basis))
            {
                byCode[code] = change(basis);
            }
        }

        var milestones = baselines.ToDictionary(m => (m.Code, m.Step.Key));
        foreach (var (code, stepKey, field, value) in changes)
        {
            if (milestones.TryGetValue((code, stepKey), out var m))
            {
                milestones[(code, stepKey)] = m.WithValue(field, value);
            }
        }

        foreach (var g in milestones.Values.GroupBy(m => m.Code))
        {
            // The domain's order: chain order, then step key ordinal (the SQL's collation need not be ordinal).
            Update(g.Key, b => b with { Milestones = [.. g.OrderBy(m => m.Order).ThenBy(m => m.Step.Key, StringComparer.Ordinal)] });
        }

        foreach (var g in moves.GroupBy(m => m.Code))
        {
            Update(g.Key, b => b with { PlannedDateMoves = [.. g.Select(m => m.Move).OrderBy(m => m.StepKey, StringComparer.Ordinal)] });
        }

        foreach (var (code, cumulative, yearToDate, monthWan) in investment)
        {
            Update(code, b => b with { CumulativeWan = cumulative, YearToDateWan = yearToDate, MonthReturnWan = monthWan });
        }

        foreach (var (code, planWan) in plans)
        {
            Update(code, b => b with { AnnualPlanWan = planWan });
        }

        return [.. codes.Select(c => byCode[c])];
    }
}
