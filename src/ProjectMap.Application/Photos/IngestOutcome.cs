namespace ProjectMap.Application.Photos;

/// <summary>What ingest did with one file.</summary>
public enum IngestOutcome
{
    /// <summary>Stored, georeferenced, nothing to report.</summary>
    Accepted,

    /// <summary>Stored and georeferenced, with warnings.</summary>
    AcceptedWithWarnings,

    /// <summary>The same bytes are already stored (or already quarantined); nothing changed.</summary>
    Duplicate,

    /// <summary>Not usable; kept in quarantine with the reason.</summary>
    Rejected,
}
