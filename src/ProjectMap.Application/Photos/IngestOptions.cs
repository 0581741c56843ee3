using ProjectMap.Imagery.Inspection;

namespace ProjectMap.Application.Photos;

/// <summary>Settings of one ingest run.</summary>
public sealed record IngestOptions
{
    /// <summary>How photos are inspected and georeferenced (ground offset, declination, limits, time zone).</summary>
    public InspectionOptions Inspection { get; init; } = InspectionOptions.Default;

    /// <summary>File every photo under this project (it must exist); null files each photo under the parcel it covers most.</summary>
    public string? ProjectCode { get; init; }

    /// <summary>
    /// When true and <see cref="ProjectCode"/> is given, a photo whose footprint does not touch that project's parcel is
    /// rejected and nothing is kept (not even in quarantine): the web upload's rule for officers, who may only add
    /// photos of their assigned projects. When false (the command line) it is stored with a warning.
    /// </summary>
    public bool RequireProjectMatch { get; init; }
}
