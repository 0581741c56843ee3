using NetTopologySuite.Geometries;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Storage.Contract.Tests.Ledger;

/// <summary>Projects and ledger records for the ledger contract tests.</summary>
public static class LedgerContractData
{
    public static readonly ProjectCode A = ProjectCode.Parse("C-001");
    public static readonly ProjectCode B = ProjectCode.Parse("C-002");

    public static readonly DateTimeOffset Recorded = new(2023, 3, 1, 9, 0, 0, TimeSpan.FromHours(8));

    public static Project Project(ProjectCode code, decimal totalWan = 10_000m) => new()
    {
        Code = code,
        NameZh = "测试项目 " + code.Value,
        Parcel = new GeometryFactory(new PrecisionModel(), 4490).CreateMultiPolygon(),
        PlannedInvestmentWan = totalWan,
        Stage = "签约",
    };

    public static MilestoneUpdate Update(ProjectCode code, string step, DateTimeOffset? at = null) =>
        new() { Code = code, Step = step, By = "测试员", RecordedAt = at ?? Recorded };

    public static InvestmentEntry Return(ProjectCode code, YearMonth month, decimal amount, Guid? corrects = null, DateTimeOffset? at = null)
    {
        var recorded = at ?? DistrictTime.EndOf(month).AddHours(-1);
        return new InvestmentEntry
        {
            Id = Guid.NewGuid(),
            Code = code,
            Month = month,
            AmountWan = amount,
            CorrectsId = corrects,
            Reason = corrects is null ? string.Empty : "更正",
            RecordedBy = "测试员",
            RecordedAt = recorded,
            EffectiveAt = EffectiveTime.OfInvestment(month, corrects is not null, recorded),
        };
    }
}
