namespace ProjectMap.Application.Storage;

/// <summary>
/// One ProjectMap store (a GeoPackage file or a PostGIS database): schema migrated on open, each repository's
/// writes atomic. Implementations live in the storage projects; the contract test suite runs against each.
/// </summary>
public interface IProjectMapStore : IAsyncDisposable
{
    /// <summary>Where the store is, for messages: a file path or a connection string without password.</summary>
    string Location { get; }

    /// <summary>The schema version the store is at after migration.</summary>
    int SchemaVersion { get; }

    /// <summary>Projects and their parcels.</summary>
    IProjectRepository Projects { get; }

    /// <summary>The progress ledger: milestones, investment returns, annual plans and the milestone template.</summary>
    ILedgerRepository Ledger { get; }

    /// <summary>Georeferenced drone photos, their parcel matches, corrections and quarantine.</summary>
    IPhotoRepository Photos { get; }

    /// <summary>The web viewer's user accounts (roles, assigned projects, password hashes).</summary>
    IUserRepository Users { get; }

    /// <summary>The append-only audit log of write attempts.</summary>
    IAuditLog Audit { get; }

    /// <summary>Installation settings every process using the store shares, such as where photo originals are kept.</summary>
    ISettingsRepository Settings { get; }
}
