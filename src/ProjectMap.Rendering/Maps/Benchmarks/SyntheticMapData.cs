using NetTopologySuite.Geometries;
using ProjectMap.Application.Benchmarks;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Rendering.Maps.Benchmarks;

/// <summary>
/// Map data for benchmarks and tests, reproducible from a seed: <see cref="SyntheticDistrict"/> projects (5–300 亩
/// parcels, 500 万元 – 50 亿元) with invented statuses for a month — about 70 % normal, 20 % warning, 10 % delayed —
/// and schedule and investment progress spread over 0–100 %. No imagery.
/// </summary>
public static class SyntheticMapData
{
    /// <summary><paramref name="count"/> projects spread over <paramref name="areaLonLat"/> (default: Wujin) with statuses for <paramref name="month"/>.</summary>
    public static MapData Create(int count, int seed, YearMonth month, Envelope? areaLonLat = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var projects = new SyntheticDistrict(areaLonLat ?? SyntheticDistrict.WujinArea).Projects(count, seed, "MAP").ToList();
        return MapData.FromProjects(projects, Statuses(projects, seed, month), DistrictTime.EndOf(month));
    }

    /// <summary>Invented statuses for <paramref name="projects"/> in <paramref name="month"/>, reproducible from <paramref name="seed"/>.</summary>
    public static IReadOnlyList<ProjectStatus> Statuses(IReadOnlyList<Project> projects, int seed, YearMonth month)
    {
        ArgumentNullException.ThrowIfNull(projects);
        var random = new Random(seed ^ 0x5eed);
        var asOf = DistrictTime.EndOf(month);
        return projects.Select(p =>
        {
            var roll = random.NextDouble();
            var level = roll < 0.7 ? StatusLevel.Normal : roll < 0.9 ? StatusLevel.Warning : StatusLevel.Delayed;
            var schedule = Math.Round((decimal)(random.NextDouble() * 100), 1);
            var investment = Math.Round((decimal)(random.NextDouble() * 100), 1);
            var cumulative = Math.Round(p.PlannedInvestmentWan * investment / 100, 2);
            return new ProjectStatus
            {
                Code = p.Code,
                NameZh = p.NameZh,
                NameEn = p.NameEn,
                Month = month,
                AsOf = asOf,
                EvaluatedOn = month.LastDay,
                Level = level,
                Reasons = [],
                ScheduleProgressPct = schedule,
                InvestmentProgressPct = investment,
                MonthInvestmentWan = Math.Round(cumulative / 12, 2),
                MonthReturnFiled = true,
                CumulativeInvestmentWan = cumulative,
                YearToDateInvestmentWan = Math.Round(cumulative / 2, 2),
                ElapsedPlanPct = 100,
                TotalInvestmentWan = p.PlannedInvestmentWan,
            };
        }).ToList();
    }
}
