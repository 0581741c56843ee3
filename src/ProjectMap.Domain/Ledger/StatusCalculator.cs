using System.Globalization;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Ledger;

/// <summary>
/// Computes a project's status, stage and progress figures for a month from its ledger as it stood at an instant.
/// Pure: the same ledger, month, instant and rules always give the same result, so a report for a past month keeps
/// its figures after later corrections (see <see cref="EffectiveTime"/>).
/// </summary>
public static class StatusCalculator
{
    private static readonly CultureInfo Ic = CultureInfo.InvariantCulture;

    /// <summary>
    /// The status of <paramref name="project"/> for <paramref name="month"/> as of <paramref name="asOf"/> (null: the
    /// month's last instant in Asia/Shanghai). Milestones are judged on the month's last day, or the as-of day when that is earlier.
    /// </summary>
    public static ProjectStatus Compute(Project project, ProjectLedger ledger, YearMonth month, StatusRules rules, DateTimeOffset? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        return Compute(project, StatusBasis.Of(ledger, month, asOf ?? DistrictTime.EndOf(month)), rules);
    }

    /// <summary>
    /// The status of <paramref name="project"/> for the basis's month from the facts its ledger held at the basis's
    /// instant (see <see cref="StatusBasis.Of"/>). Milestones are judged on the month's last day, or the as-of day when that is earlier.
    /// </summary>
    public static ProjectStatus Compute(Project project, StatusBasis basis, StatusRules rules)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(rules);
        if (basis.Code != project.Code)
        {
            throw new ArgumentException($"the status basis is of project {basis.Code}, not {project.Code}", nameof(basis));
        }

        rules.Validate();
        var month = basis.Month;
        var at = basis.AsOf;
        var asOfDay = DistrictTime.DateOf(at);
        var day = asOfDay < month.LastDay ? asOfDay : month.LastDay;
        var milestones = basis.Milestones.Where(m => m.Applicable).ToList();

        var reasons = new List<StatusReason>();
        reasons.AddRange(MilestoneReasons(milestones, basis.PlannedDateMoves, day, rules));

        var cumulative = basis.CumulativeWan;
        var yearToDate = basis.YearToDateWan;
        var planWan = basis.AnnualPlanWan;
        var elapsed = ElapsedPlanPct(project, month);
        var planPct = planWan is { } pw ? Pct(yearToDate, pw) : null;
        var total = project.PlannedInvestmentWan;
        var complete = milestones.Count > 0 && milestones.All(m => m.IsReachedBy(day));
        reasons.AddRange(InvestmentReasons(month, planWan, yearToDate, planPct, elapsed, cumulative, total, rules));
        if (basis.MonthReturnWan is null && !complete)
        {
            reasons.Add(new StatusReason(
                ReasonKind.NoMonthlyReturn, StatusLevel.Normal,
                $"{month} 月度投资尚未填报",
                $"no investment return filed for {month}"));
        }

        var stage = MilestoneProgress.Stage(milestones, day);
        return new ProjectStatus
        {
            Code = project.Code,
            NameZh = project.NameZh,
            NameEn = project.NameEn,
            Month = month,
            AsOf = at,
            EvaluatedOn = day,
            Level = reasons.Count == 0 ? StatusLevel.Normal : reasons.Max(r => r.Level),
            Reasons = reasons.OrderByDescending(r => r.Level).ToList(),
            Stage = stage?.Step,
            StageReachedOn = stage?.Actual,
            ScheduleProgressPct = MilestoneProgress.SchedulePct(milestones, day),
            InvestmentProgressPct = Pct(cumulative, total),
            MonthInvestmentWan = basis.MonthReturnWan ?? 0m,
            MonthReturnFiled = basis.MonthReturnWan is not null,
            CumulativeInvestmentWan = cumulative,
            YearToDateInvestmentWan = yearToDate,
            AnnualPlanWan = planWan,
            AnnualPlanProgressPct = planPct,
            ElapsedPlanPct = elapsed,
            TotalInvestmentWan = total,
        };
    }

    private static IEnumerable<StatusReason> MilestoneReasons(List<Milestone> milestones, IReadOnlyList<PlannedDateMove> moves, DateOnly day, StatusRules rules)
    {
        if (milestones.All(m => m.Planned is null && m.Actual is null))
        {
            yield return new StatusReason(ReasonKind.NoMilestonePlan, StatusLevel.Normal, "尚无里程碑计划，进度未检查", "no milestone plan recorded; schedule not checked");
            yield break;
        }

        var problems = 0;
        foreach (var m in milestones.Where(m => !m.IsReachedBy(day)))
        {
            if (m.Planned is { } planned && planned < day)
            {
                problems++;
                var days = day.DayNumber - planned.DayNumber;
                var level = days <= rules.MilestoneWarningDays ? StatusLevel.Warning : StatusLevel.Delayed;
                var moved = moves.FirstOrDefault(c => c.StepKey == m.Step.Key);
                var movedZh = moved is null ? string.Empty : $"（原计划 {moved.OldValue}，调整原因：{moved.Reason}）";
                var movedEn = moved is null ? string.Empty : $" (moved from {moved.OldValue}: {moved.Reason})";
                var limitZh = level == StatusLevel.Warning ? $"未超过 {rules.MilestoneWarningDays} 天，预警" : $"超过 {rules.MilestoneWarningDays} 天，滞后";
                var limitEn = level == StatusLevel.Warning ? $"within {rules.MilestoneWarningDays} days: warning" : $"more than {rules.MilestoneWarningDays} days: delayed";
                yield return new StatusReason(
                    ReasonKind.MilestoneOverdue, level,
                    string.Create(Ic, $"{m.Step.NameZh} 计划 {LedgerValues.FormatDate(planned)}{movedZh}，截至 {LedgerValues.FormatDate(day)} 未完成，逾期 {days} 天（{limitZh}）"),
                    string.Create(Ic, $"{m.Step.NameEn} planned {LedgerValues.FormatDate(planned)}{movedEn} not reached by {LedgerValues.FormatDate(day)}: {days} days overdue ({limitEn})"));
            }
            else if (rules.WarnOnLateForecast && m.Planned is { } p && m.Forecast is { } f && f > p)
            {
                problems++;
                var days = f.DayNumber - p.DayNumber;
                yield return new StatusReason(
                    ReasonKind.ForecastLate, StatusLevel.Warning,
                    string.Create(Ic, $"{m.Step.NameZh} 预计 {LedgerValues.FormatDate(f)} 完成，晚于计划 {LedgerValues.FormatDate(p)} {days} 天"),
                    string.Create(Ic, $"{m.Step.NameEn} forecast {LedgerValues.FormatDate(f)} is {days} days later than planned {LedgerValues.FormatDate(p)}"));
            }
        }

        if (problems > 0)
        {
            yield break;
        }

        var stage = MilestoneProgress.Stage(milestones, day);
        var stageZh = stage is null ? "尚未到达任何里程碑" : $"当前阶段 {stage.Step.NameZh}（{LedgerValues.FormatDate(stage.Actual)} 完成）";
        var stageEn = stage is null ? "no milestone reached yet" : $"stage {stage.Step.NameEn} reached {LedgerValues.FormatDate(stage.Actual)}";
        if (milestones.All(m => m.IsReachedBy(day)))
        {
            yield return new StatusReason(ReasonKind.MilestonesComplete, StatusLevel.Normal, $"全部里程碑已完成，{stageZh}", $"all milestones reached; {stageEn}");
            yield break;
        }

        var next = milestones.Where(m => !m.IsReachedBy(day) && m.Planned is not null).OrderBy(m => m.Planned).ThenBy(m => m.Order).FirstOrDefault();
        var nextZh = next is null ? string.Empty : $"，下一节点 {next.Step.NameZh} 计划 {LedgerValues.FormatDate(next.Planned)}";
        var nextEn = next is null ? string.Empty : $"; next {next.Step.NameEn} planned {LedgerValues.FormatDate(next.Planned)}";
        yield return new StatusReason(ReasonKind.MilestonesOnTime, StatusLevel.Normal, $"里程碑均按计划推进，无逾期；{stageZh}{nextZh}", $"all milestones on time, none overdue; {stageEn}{nextEn}");
    }

    private static IEnumerable<StatusReason> InvestmentReasons(
        YearMonth month, decimal? planWan, decimal yearToDate, decimal? planPct, decimal elapsed, decimal cumulative, decimal total, StatusRules rules)
    {
        var year = month.Year;
        if (total > 0 && cumulative >= total)
        {
            yield return new StatusReason(
                ReasonKind.InvestmentComplete, StatusLevel.Normal,
                $"累计完成投资 {Wan(cumulative)} 万元，已达总投资 {Wan(total)} 万元",
                $"cumulative investment {Wan(cumulative)} 万元 has reached the total {Wan(total)} 万元");
            yield break;
        }

        if (planWan is not { } plan || planPct is null)
        {
            yield return new StatusReason(
                ReasonKind.NoAnnualPlan, StatusLevel.Normal,
                string.Create(Ic, $"无 {year} 年度投资计划，投资进度未检查"),
                string.Create(Ic, $"no annual investment plan for {year}; investment not checked"));
            yield break;
        }

        var behind = elapsed - planPct.Value;
        var level = behind > rules.InvestmentDelayedPoints ? StatusLevel.Delayed : behind > rules.InvestmentWarningPoints ? StatusLevel.Warning : StatusLevel.Normal;
        var zh = string.Create(Ic, $"{year} 年累计完成投资 {Wan(yearToDate)} 万元，占年度计划 {Wan(plan)} 万元的 {Pct1(planPct.Value)}%（计划期时间进度 {Pct1(elapsed)}%");
        var en = string.Create(Ic, $"{year} investment to date {Wan(yearToDate)} 万元 = {Pct1(planPct.Value)}% of the year plan {Wan(plan)} 万元 ({Pct1(elapsed)}% of the year's plan period elapsed");
        if (level == StatusLevel.Normal)
        {
            yield return new StatusReason(ReasonKind.InvestmentOnPlan, level, zh + "）", en + ")");
            yield break;
        }

        var limit = level == StatusLevel.Delayed ? rules.InvestmentDelayedPoints : rules.InvestmentWarningPoints;
        yield return new StatusReason(
            ReasonKind.InvestmentBehind, level,
            zh + string.Create(Ic, $"，落后 {Pct1(behind)} 个百分点，超过 {Pct1(limit)} 个百分点：{(level == StatusLevel.Delayed ? "滞后" : "预警")}）"),
            en + string.Create(Ic, $"; {Pct1(behind)} points behind, more than {Pct1(limit)}: {StatusLevels.Word(level)})"));
    }

    /// <summary>
    /// The share of the year's plan period elapsed by the end of <paramref name="month"/>, in percent: the plan period of
    /// a year runs from the later of January and the project's start month to the earlier of December and its planned
    /// completion month (the whole year when a date is unknown or falls outside the year).
    /// </summary>
    public static decimal ElapsedPlanPct(Project project, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(project);
        var first = new YearMonth(month.Year, 1);
        var last = new YearMonth(month.Year, 12);
        if (project.StartDate is { } start && YearMonth.Of(start) is var s && s > first && s <= last)
        {
            first = s;
        }

        if (project.PlannedCompletion is { } end && YearMonth.Of(end) is var e && e < last && e >= first)
        {
            last = e;
        }

        var elapsed = Math.Clamp(first.MonthsUntil(month) + 1, 0, first.MonthsUntil(last) + 1);
        return Pct(elapsed, first.MonthsUntil(last) + 1)!.Value;
    }

    private static decimal? Pct(decimal part, decimal whole) => whole <= 0 ? null : decimal.Round(part * 100m / whole, 1, MidpointRounding.AwayFromZero);

    private static string Pct1(decimal pct) => pct.ToString("0.#", Ic);

    private static string Wan(decimal wan) => wan.ToString("#,0.####", Ic);
}
