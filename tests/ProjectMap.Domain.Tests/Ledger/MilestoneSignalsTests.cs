using CsCheck;
using ProjectMap.Domain.Ledger;
using static ProjectMap.Domain.Tests.Ledger.LedgerBuilder;

namespace ProjectMap.Domain.Tests.Ledger;

/// <summary>The red/amber/green of single milestones, and that a strip of them always agrees with the month's status.</summary>
public sealed class MilestoneSignalsTests
{
    private static readonly ProjectMap.Domain.Projects.ProjectCode Code = ProjectMap.Domain.Projects.ProjectCode.Parse("T-001");

    private static Milestone M(DateOnly? planned = null, DateOnly? actual = null, DateOnly? forecast = null, bool applicable = true) => new()
    {
        Code = Code,
        Step = MilestoneTemplate.Default.Steps[2],
        Order = 2,
        Weight = 15m,
        Applicable = applicable,
        Planned = planned,
        Actual = actual,
        Forecast = forecast,
    };

    private static readonly DateOnly Day = new(2023, 6, 30);

    [Theory]
    [InlineData(null, "2023-06-30", null, true, MilestoneSignal.Reached)]
    [InlineData("2023-05-01", "2023-06-01", null, true, MilestoneSignal.Reached)]
    [InlineData("2023-07-01", "2023-07-01", null, true, MilestoneSignal.Upcoming)] // reached after the day: not yet
    [InlineData("2023-06-30", null, null, true, MilestoneSignal.Upcoming)] // due today: not overdue
    [InlineData("2023-06-29", null, null, true, MilestoneSignal.OverdueWarning)]
    [InlineData("2023-05-31", null, null, true, MilestoneSignal.OverdueWarning)] // 30 days: still a warning
    [InlineData("2023-05-30", null, null, true, MilestoneSignal.OverdueDelayed)] // 31 days
    [InlineData("2023-08-01", null, "2023-08-02", true, MilestoneSignal.ForecastLate)]
    [InlineData("2023-08-01", null, "2023-07-20", true, MilestoneSignal.Upcoming)]
    [InlineData(null, null, null, true, MilestoneSignal.NotPlanned)]
    [InlineData("2023-01-01", null, null, false, MilestoneSignal.NotApplicable)]
    public void Of_Cases_FollowTheStatusRules(string? planned, string? actual, string? forecast, bool applicable, MilestoneSignal expected)
    {
        static DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, MilestoneSignals.Of(M(D(planned), D(actual), D(forecast), applicable), Day, StatusRules.Default));
    }

    [Fact]
    public void Of_LateForecastRuleOff_IsUpcoming()
    {
        var m = M(new DateOnly(2023, 8, 1), forecast: new DateOnly(2023, 9, 1));

        Assert.Equal(MilestoneSignal.Upcoming, MilestoneSignals.Of(m, Day, StatusRules.Default with { WarnOnLateForecast = false }));
    }

    [Fact]
    public void OverdueDays_OverdueReachedAndFuture_CountsOnlyOverdue()
    {
        Assert.Equal(45, MilestoneSignals.OverdueDays(M(new DateOnly(2023, 5, 16)), Day));
        Assert.Equal(0, MilestoneSignals.OverdueDays(M(new DateOnly(2023, 5, 16), actual: new DateOnly(2023, 6, 1)), Day));
        Assert.Equal(0, MilestoneSignals.OverdueDays(M(new DateOnly(2023, 7, 16)), Day));
    }

    [Fact]
    public void Level_Strip_AlwaysAgreesWithTheMonthsMilestoneStatus()
    {
        // Random plans, actual and forecast dates for the eight default steps; the most serious signal of the strip must
        // equal the most serious milestone reason of StatusCalculator for the same month.
        var dates = Gen.Int[-150, 365].Select(d => d < 0 ? (int?)null : d);
        var step = Gen.Select(dates, dates, dates, Gen.Bool);
        Gen.Select(step.Array[8], Gen.Int[1, 12]).Sample((steps, month) =>
        {
            var b = new LedgerBuilder(start: new DateOnly(2023, 1, 1), completion: new DateOnly(2023, 12, 31));
            var names = MilestoneTemplate.Default.Steps.Select(s => s.NameZh).ToList();
            var first = new DateOnly(2023, 1, 1);
            for (var i = 0; i < steps.Length; i++)
            {
                var (planned, actual, forecast, applicable) = steps[i];
                b.Milestone(names[i], At(2024, 1, 1), planned: planned is { } p ? first.AddDays(p) : null,
                    actual: actual is { } a ? first.AddDays(a) : null, forecast: forecast is { } f ? first.AddDays(f) : null, applicable: applicable);
            }

            var status = b.Status(2023, month, asOf: At(2024, 1, 2));
            var day = status.EvaluatedOn;
            var strip = b.Ledger.MilestonesAsOf(At(2024, 1, 2)).Select(m => MilestoneSignals.Level(MilestoneSignals.Of(m, day, StatusRules.Default)))
                .Where(l => l is not null).Select(l => l!.Value).DefaultIfEmpty(StatusLevel.Normal).Max();
            var fromReasons = status.Reasons.Where(r => r.Kind is ReasonKind.MilestoneOverdue or ReasonKind.ForecastLate)
                .Select(r => r.Level).DefaultIfEmpty(StatusLevel.Normal).Max();
            return strip == fromReasons;
        });
    }
}
