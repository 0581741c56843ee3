using NetTopologySuite.Geometries;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Domain.Tests.Ledger;

/// <summary>Builds projects and ledgers for the ledger tests through the planners, as the application does.</summary>
internal sealed class LedgerBuilder
{
    public static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public LedgerBuilder(string code = "T-001", decimal totalWan = 10_000m, DateOnly? start = null, DateOnly? completion = null)
    {
        Project = new Project
        {
            Code = ProjectCode.Parse(code),
            NameZh = "测试项目",
            NameEn = "Test project",
            Parcel = new GeometryFactory().CreateMultiPolygon(),
            PlannedInvestmentWan = totalWan,
            StartDate = start,
            PlannedCompletion = completion,
        };
        Ledger = ProjectLedger.Empty(Project.Code);
    }

    public Project Project { get; }

    public ProjectLedger Ledger { get; private set; }

    public static DateTimeOffset At(int y, int m, int d, int h = 10) => new(y, m, d, h, 0, 0, Beijing);

    public LedgerBuilder Milestone(string step, DateTimeOffset recorded, DateOnly? planned = null, DateOnly? actual = null, DateOnly? forecast = null, bool? applicable = null, string reason = "")
    {
        var plan = MilestonePlanner.Plan(Ledger, MilestoneTemplate.Default, new MilestoneUpdate
        {
            Code = Project.Code, Step = step, Planned = planned, Actual = actual, Forecast = forecast, Applicable = applicable, Reason = reason, By = "测试员", RecordedAt = recorded,
        });
        Ledger = Ledger.Append(plan.NewMilestones, plan.Changes);
        return this;
    }

    public LedgerBuilder Return(int year, int month, decimal amount, DateTimeOffset? recorded = null, string reason = "")
    {
        var m = new YearMonth(year, month);
        var entry = InvestmentPlanner.Return(Ledger, m, amount, reason, "测试员", recorded ?? DistrictTime.EndOf(m).AddHours(-6));
        if (entry is not null)
        {
            Ledger = Ledger.Append(investment: [entry]);
        }

        return this;
    }

    public LedgerBuilder Plan(int year, decimal amount, DateTimeOffset? recorded = null, string reason = "")
    {
        var plan = InvestmentPlanner.Plan(Ledger, year, amount, reason, "测试员", recorded ?? At(year, 1, 5));
        if (plan is not null)
        {
            Ledger = Ledger.Append(plans: [plan]);
        }

        return this;
    }

    public ProjectStatus Status(int year, int month, DateTimeOffset? asOf = null, StatusRules? rules = null) =>
        StatusCalculator.Compute(Project, Ledger, new YearMonth(year, month), rules ?? StatusRules.Default, asOf);
}
