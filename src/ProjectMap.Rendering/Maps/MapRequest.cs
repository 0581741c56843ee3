using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;

namespace ProjectMap.Rendering.Maps;

/// <summary>What map to draw: the month, the overlay, the page and the words around it.</summary>
public sealed record MapRequest
{
    /// <summary>The month reported on; figures are the ledger as of its last instant (Asia/Shanghai).</summary>
    public required YearMonth Month { get; init; }

    /// <summary>The overlay (completion, investment or status).</summary>
    public MapOverlay Overlay { get; init; } = MapOverlay.Completion;

    /// <summary>The progress figure the completion overlay shows (schedule by default).</summary>
    public ProgressMeasure Progress { get; init; } = ProgressMeasure.Schedule;

    /// <summary>A project to centre a project map on (its parcel and surroundings at a large scale), or null for the district map.</summary>
    public ProjectCode? Project { get; init; }

    /// <summary>English words on the map instead of Chinese.</summary>
    public bool English { get; init; }

    /// <summary>The page (A3 landscape at 150 dpi by default).</summary>
    public MapPage Page { get; init; } = MapPage.Paper("A3", PageOrientation.Landscape, 150);

    /// <summary>The title, or null for one made from <see cref="AreaName"/> and the overlay.</summary>
    public string? Title { get; init; }

    /// <summary>The district's name (e.g. 武进区) used in the default title, or null.</summary>
    public string? AreaName { get; init; }

    /// <summary>Who made the map (制图单位), printed in the credit line, or null.</summary>
    public string? Publisher { get; init; }

    /// <summary>The map review number (审图号) once issued, or null to leave a blank slot for it.</summary>
    public string? ReviewNumber { get; init; }

    /// <summary>Draw drone imagery under the parcels where there is some (default true).</summary>
    public bool Imagery { get; init; } = true;

    /// <summary>The month's last day, the date figures are as of.</summary>
    public DateOnly AsOfDate => Month.LastDay;
}
