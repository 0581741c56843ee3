namespace ProjectMap.Imagery.Inspection;

/// <summary>The outcome of inspecting one file.</summary>
public enum InspectionStatus
{
    /// <summary>Georeferenced with nothing to report.</summary>
    Ok,

    /// <summary>Georeferenced, with warnings the user should read.</summary>
    Warning,

    /// <summary>Not usable; the reason says why.</summary>
    Rejected,
}
