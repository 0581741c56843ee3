using NetTopologySuite.Geometries;
using ProjectMap.Domain.Ledger;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Rendering.Maps;

/// <summary>A project as a map shows it: its number in the map's list, the project, its month's status and its parcel on the map's grid.</summary>
public sealed record MapProject
{
    /// <summary>The project's number on the map and in its list (1, 2, … in code order).</summary>
    public required int Number { get; init; }

    /// <summary>The project.</summary>
    public required Project Project { get; init; }

    /// <summary>Its status and progress figures for the month.</summary>
    public required ProjectStatus Status { get; init; }

    /// <summary>The parcel on the map's Gauss-Kruger grid (X = easting, Y = northing, metres); empty when the project has no parcel.</summary>
    public required Geometry ParcelGrid { get; init; }

    /// <summary>Land area in 亩: the declared area when there is one, else the parcel's computed ellipsoidal area.</summary>
    public required double AreaMu { get; init; }

    /// <summary>The day of the latest drone photo up to the month's end (Asia/Shanghai), or null when there is none.</summary>
    public DateOnly? LatestPhotoDate { get; init; }

    /// <summary>True when the project has a parcel to draw.</summary>
    public bool HasParcel => !ParcelGrid.IsEmpty;

    /// <summary>The progress figure in percent for a measure, or null when there is none (no milestone plan; no planned total).</summary>
    public decimal? ProgressPct(ProgressMeasure measure) => measure switch
    {
        ProgressMeasure.Investment => Status.InvestmentProgressPct,
        _ => Status.ScheduleProgressPct == 0 && Status.Reasons.Any(r => r.Kind == ReasonKind.NoMilestonePlan) ? null : Status.ScheduleProgressPct,
    };
}
