using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 1000-store-settings: the <c>pm_settings</c> attribute table (key, value) for installation settings such
/// as where photo originals are kept, registered in gpkg_contents so GDAL and QGIS list it.
/// </summary>
public static class SettingsSchema
{
    /// <summary>Applies the step.</summary>
    public static void Create(SqliteConnection connection, SqliteTransaction tx) => Sql.Execute(connection, tx, """
        CREATE TABLE pm_settings (
          key TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL,
          updated_at TEXT NOT NULL);
        INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
          VALUES ('pm_settings', 'attributes', 'pm_settings', 'ProjectMap installation settings, e.g. photo-files-root (where photo originals are kept)');
        """);
}
