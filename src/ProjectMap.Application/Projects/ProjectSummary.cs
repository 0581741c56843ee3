using ProjectMap.Domain.Projects;
using ProjectMap.Geodesy.Measures;

namespace ProjectMap.Application.Projects;

/// <summary>A project's headline figures, as <c>project list --json</c> and the viewer show them.</summary>
/// <param name="Code">Project code.</param>
/// <param name="Name">Chinese name.</param>
/// <param name="NameEn">English name or null.</param>
/// <param name="Park">Park or zone.</param>
/// <param name="Industry">Industry.</param>
/// <param name="AreaM2">Parcel area computed on the ellipsoid, in square metres.</param>
/// <param name="AreaMu">The same in 亩.</param>
/// <param name="DeclaredAreaMu">Declared land area in 亩, or null.</param>
/// <param name="AreaDifferencePct">(declared − computed) ÷ computed in percent, or null.</param>
/// <param name="AreaWarning">A sentence when declared and computed area differ by more than 2 %, else null.</param>
/// <param name="PlannedInvestmentWan">Planned total investment in 万元.</param>
/// <param name="BuildingFloorAreaM2">Planned building floor area in square metres, or null.</param>
/// <param name="StartDate">Start date or null.</param>
/// <param name="PlannedCompletion">Planned completion or null.</param>
/// <param name="Stage">Stage (形象进度).</param>
public sealed record ProjectSummary(
    string Code,
    string Name,
    string? NameEn,
    string Park,
    string Industry,
    double AreaM2,
    double AreaMu,
    double? DeclaredAreaMu,
    double? AreaDifferencePct,
    string? AreaWarning,
    decimal PlannedInvestmentWan,
    double? BuildingFloorAreaM2,
    DateOnly? StartDate,
    DateOnly? PlannedCompletion,
    string Stage)
{
    /// <summary>Summarises a project, computing its parcel area.</summary>
    public static ProjectSummary Of(Project p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var area = ParcelArea.Compare(p.Parcel, p.DeclaredLandAreaMu);
        return new ProjectSummary(
            p.Code.Value, p.NameZh, p.NameEn, p.Park, p.Industry, Math.Round(area.ComputedM2, 1), Math.Round(area.ComputedMu, 3), p.DeclaredLandAreaMu,
            area.DifferencePct is { } d ? Math.Round(d, 2) : null, area.Warning, p.PlannedInvestmentWan, p.BuildingFloorAreaM2, p.StartDate,
            p.PlannedCompletion, p.Stage);
    }
}
