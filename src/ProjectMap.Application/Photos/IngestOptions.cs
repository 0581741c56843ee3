using ProjectMap.Imagery.Inspection;

namespace ProjectMap.Application.Photos;

/// <summary>Settings of one ingest run.</summary>
public sealed record IngestOptions
{
    /// <summary>How photos are inspected and georeferenced (ground offset, declination, limits, time zone).</summary>
    public InspectionOptions Inspection { get; init; } = InspectionOptions.Default;

    /// <summary>File every photo under this project (it must exist); null files each photo under the parcel it covers most.</summary>
    public string? ProjectCode { get; init; }
}
