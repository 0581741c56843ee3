using ProjectMap.Application.Storage;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Application.Benchmarks;

/// <summary>
/// A plausible progress ledger for a synthetic benchmark project, reproducible from a seed and made with the domain's
/// own planners, so it obeys every ledger rule: the template's milestones planned from 90 days before the start to
/// the planned completion, actual dates (0–90 days late) for the steps reached by the end of <c>lastMonth</c>, a
/// forecast for one in three projects' next step, a monthly investment return (万元) for every month from the start
/// month to <c>lastMonth</c> (or the completion month), and an annual plan for every year.
/// </summary>
public static class SyntheticLedger
{
    private const string By = "基准测试";

    /// <summary>The ledger records of <paramref name="project"/> as one batch, in the order they were recorded.</summary>
    public static LedgerBatch For(Project project, MilestoneTemplate template, YearMonth lastMonth, Random random)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(random);
        var start = project.StartDate ?? new DateOnly(2022, 1, 1);
        var completion = project.PlannedCompletion is { } c && c > start ? c : start.AddDays(720);
        var end = lastMonth.LastDay;
        var ledger = ProjectLedger.Empty(project.Code);
        var milestones = new List<Milestone>();
        var changes = new List<MilestoneChange>();

        void Apply(MilestoneUpdate update)
        {
            var plan = MilestonePlanner.Plan(ledger, template, update);
            ledger = ledger.Append(plan.NewMilestones, plan.Changes);
            milestones.AddRange(plan.NewMilestones);
            changes.AddRange(plan.Changes);
        }

        // Baseline plan, recorded once, 100 days before the start.
        var steps = template.Steps;
        var firstPlanned = start.AddDays(-90);
        var span = completion.DayNumber - firstPlanned.DayNumber;
        var planned = steps.Select((_, i) => firstPlanned.AddDays(steps.Count == 1 ? 0 : span * i / (steps.Count - 1))).ToList();
        var baselineAt = At(start.AddDays(-100), 9);
        for (var i = 0; i < steps.Count; i++)
        {
            Apply(new MilestoneUpdate { Code = project.Code, Step = steps[i].Key, Planned = planned[i], By = By, RecordedAt = baselineAt.AddMinutes(i) });
        }

        // Progress: each step reached some days late, recorded two days later, until one is not reached by the end.
        var delay = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            delay += random.Next(0, 30);
            var actual = planned[i].AddDays(delay);
            var recorded = actual.AddDays(2);
            if (recorded > end)
            {
                if (random.Next(3) == 0)
                {
                    var forecastAt = At(end.AddDays(-10), 10);
                    var forecast = actual.AddDays(random.Next(0, 60));
                    if (forecast > planned[i] && forecastAt > baselineAt.AddMinutes(steps.Count))
                    {
                        Apply(new MilestoneUpdate { Code = project.Code, Step = steps[i].Key, Forecast = forecast, By = By, RecordedAt = forecastAt });
                    }
                }

                break;
            }

            Apply(new MilestoneUpdate { Code = project.Code, Step = steps[i].Key, Actual = actual, By = By, RecordedAt = At(recorded, 16) });
        }

        // Money: monthly returns around the even share of the total, and each year's plan.
        var investment = new List<InvestmentEntry>();
        var plans = new List<AnnualPlan>();
        var firstMonth = YearMonth.Of(start);
        var lastReturn = YearMonth.Of(completion) < lastMonth ? YearMonth.Of(completion) : lastMonth;
        var months = Math.Max(1, firstMonth.MonthsUntil(YearMonth.Of(completion)) + 1);
        for (var year = firstMonth.Year; year <= lastReturn.Year; year++)
        {
            var inYear = Enumerable.Range(0, months).Select(firstMonth.AddMonths).Count(m => m.Year == year);
            if (inYear == 0)
            {
                continue;
            }

            var planWan = Math.Round(project.PlannedInvestmentWan * inYear / months, 2);
            var planDay = new DateOnly(year, 1, 10);
            if (year == start.Year && planDay > start.AddDays(-5))
            {
                planDay = start.AddDays(-5);
            }

            var plan = InvestmentPlanner.Plan(ledger, year, planWan, string.Empty, By, At(planDay, 9), NewId(random));
            if (plan is not null)
            {
                ledger = ledger.Append(plans: [plan]);
                plans.Add(plan);
            }
        }

        for (var month = firstMonth; month <= lastReturn; month = month.AddMonths(1))
        {
            var amount = Math.Round(project.PlannedInvestmentWan / months * (decimal)(0.5 + random.NextDouble() * 0.8), 2);
            var entry = InvestmentPlanner.Return(ledger, month, amount, string.Empty, By, At(month.LastDay.AddDays(3), 11), NewId(random));
            if (entry is not null)
            {
                ledger = ledger.Append(investment: [entry]);
                investment.Add(entry);
            }
        }

        return new LedgerBatch(milestones, changes, investment, plans);
    }

    private static DateTimeOffset At(DateOnly day, int hour) => DistrictTime.StartOf(day).AddHours(hour);

    private static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4 (random)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }
}
