using ProjectMap.Application.Storage;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Storage.PostGis;
using ProjectMap.Storage.PostGis.Connection;

namespace ProjectMap.Cli.Infrastructure;

/// <summary>
/// Chooses the store implementation from a <c>--db</c> value: <c>postgresql://…</c> or <c>postgres://…</c> URLs open
/// a PostGIS database (<see cref="PostGisStore"/>), anything else is a GeoPackage file path.
/// </summary>
public static class StoreOpener
{
    /// <summary>
    /// Opens a store; <paramref name="create"/> lets a GeoPackage file, or a PostgreSQL database and its schema, be
    /// created when missing.
    /// </summary>
    public static async Task<IProjectMapStore> OpenAsync(string db, bool create, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        if (PostgresUrl.IsPostgresUrl(db))
        {
            return await PostGisStore.OpenAsync(db, create, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        return await GeoPackageStore.OpenAsync(db, create, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The kind of store a <c>--db</c> value names, for messages: "PostGIS" or "GeoPackage".</summary>
    public static string KindOf(string db) => PostgresUrl.IsPostgresUrl(db) ? "PostGIS" : "GeoPackage";
}
