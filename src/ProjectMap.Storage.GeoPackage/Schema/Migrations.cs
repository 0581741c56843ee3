using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>
/// The GeoPackage store's schema, as forward-only steps applied in list order. A step is never edited once released:
/// changes are new steps appended at the end. Applied steps are recorded in pm_schema_migrations.
/// </summary>
public static class Migrations
{
    /// <summary>Every step, oldest first.</summary>
    public static IReadOnlyList<Migration> All { get; } =
    [
        new("0001-geopackage-core", "GeoPackage 1.3 core tables and spatial reference systems", CreateCore),
        new("0002-projects", "projects feature table (MULTIPOLYGON, EPSG:4490) with R-tree index", CreateProjects),
        new("0100-photos", "photos feature table (footprint POLYGON, EPSG:4490) with R-tree; photo_parcels, photo_corrections, photo_quarantine", PhotoSchema.Create),
        new("0200-ledger", "progress ledger: milestone template, milestones and change log, investment returns, annual plans", Ledger.LedgerSchema.Create),
        new("0300-users", "web viewer users (role, password hash) and officers' project assignments", Access.AccessSchema.CreateUsers),
        new("0301-audit-log", "append-only audit log of write attempts", Access.AccessSchema.CreateAuditLog),
        new("1000-store-settings", "pm_settings attribute table: installation settings every process shares (where photo originals are kept)", SettingsSchema.Create),
        new("1002-ledger-changes-effective-index", "index delivering the milestone changes in the order a status applies them (project, step, effective instant, then rowid) without a sort", CreateChangesEffectiveIndex),
        new("1003-photos-month-index", "R-tree over photo footprints and their month, so the viewer's one-month footprint query reads only that month's footprints in the box", PhotoMonthIndex.Create),
    ];

    /// <summary>Applies every step not yet recorded, each in its own immediate transaction; returns the number applied in total.</summary>
    public static int Apply(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using (var tx = connection.BeginTransaction(deferred: false))
        {
            Sql.Execute(connection, tx, """
                CREATE TABLE IF NOT EXISTS pm_schema_migrations (
                  id TEXT PRIMARY KEY NOT NULL,
                  ordinal INTEGER NOT NULL,
                  description TEXT NOT NULL,
                  applied_at TEXT NOT NULL);
                """);
            tx.Commit();
        }

        foreach (var (migration, index) in All.Select((m, i) => (m, i)))
        {
            using var tx = connection.BeginTransaction(deferred: false);
            var done = Sql.Scalar(connection, tx, "SELECT 1 FROM pm_schema_migrations WHERE id = $id", ("$id", migration.Id)) is not null;
            if (!done)
            {
                migration.Apply(connection, tx);
                using var record = connection.CreateCommand();
                record.Transaction = tx;
                record.CommandText = "INSERT INTO pm_schema_migrations (id, ordinal, description, applied_at) VALUES ($id, $o, $d, $t)";
                record.Parameters.AddWithValue("$id", migration.Id);
                record.Parameters.AddWithValue("$o", index + 1);
                record.Parameters.AddWithValue("$d", migration.Description);
                record.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }

            tx.Commit();
        }

        return Convert.ToInt32(Sql.Scalar(connection, null, "SELECT COUNT(*) FROM pm_schema_migrations"), CultureInfo.InvariantCulture);
    }

    private static void CreateCore(SqliteConnection connection, SqliteTransaction tx)
    {
        Sql.Execute(connection, tx, "PRAGMA application_id = 1196444487; PRAGMA user_version = 10300;");
        Sql.Execute(connection, tx, """
            CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
              srs_name TEXT NOT NULL,
              srs_id INTEGER PRIMARY KEY,
              organization TEXT NOT NULL,
              organization_coordsys_id INTEGER NOT NULL,
              definition TEXT NOT NULL,
              description TEXT);
            CREATE TABLE IF NOT EXISTS gpkg_contents (
              table_name TEXT NOT NULL PRIMARY KEY,
              data_type TEXT NOT NULL,
              identifier TEXT UNIQUE,
              description TEXT DEFAULT '',
              last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
              min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE,
              srs_id INTEGER,
              CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
            CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
              table_name TEXT NOT NULL,
              column_name TEXT NOT NULL,
              geometry_type_name TEXT NOT NULL,
              srs_id INTEGER NOT NULL,
              z TINYINT NOT NULL,
              m TINYINT NOT NULL,
              CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
              CONSTRAINT uk_gc_table_name UNIQUE (table_name),
              CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
              CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
            CREATE TABLE IF NOT EXISTS gpkg_extensions (
              table_name TEXT,
              column_name TEXT,
              extension_name TEXT NOT NULL,
              definition TEXT NOT NULL,
              scope TEXT NOT NULL,
              CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
            INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
              ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
              ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
            """);
        using var srs = connection.CreateCommand();
        srs.Transaction = tx;
        srs.CommandText = """
            INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES
              ('WGS 84 geodetic', 4326, 'EPSG', 4326, $wgs, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid'),
              ('China Geodetic Coordinate System 2000', 4490, 'EPSG', 4490, $cgcs, 'CGCS2000 longitude/latitude in decimal degrees');
            """;
        srs.Parameters.AddWithValue("$wgs", SpatialReferenceSystems.Wgs84Wkt);
        srs.Parameters.AddWithValue("$cgcs", SpatialReferenceSystems.Cgcs2000Wkt);
        srs.ExecuteNonQuery();
    }

    private static void CreateProjects(SqliteConnection connection, SqliteTransaction tx)
    {
        Sql.Execute(connection, tx, """
            CREATE TABLE projects (
              fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              geom MULTIPOLYGON,
              code TEXT NOT NULL UNIQUE,
              name TEXT NOT NULL,
              name_en TEXT,
              park TEXT NOT NULL DEFAULT '',
              location TEXT NOT NULL DEFAULT '',
              industry TEXT NOT NULL DEFAULT '',
              planned_investment_wan REAL NOT NULL DEFAULT 0,
              building_floor_area_m2 REAL,
              declared_area_mu REAL,
              area_m2 REAL NOT NULL DEFAULT 0,
              area_mu REAL NOT NULL DEFAULT 0,
              start_date DATE,
              planned_completion DATE,
              stage TEXT NOT NULL DEFAULT '',
              photovoltaic_kwp REAL,
              buildings TEXT NOT NULL DEFAULT '[]',
              updated_at DATETIME NOT NULL);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
              VALUES ('projects', 'features', 'projects', 'District key projects (重点项目) and their land parcels', 4490);
            INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
              VALUES ('projects', 'geom', 'MULTIPOLYGON', 4490, 0, 0);
            """);
        SpatialIndex.Create(connection, tx, "projects", "geom", "fid");
    }

    private static void CreateChangesEffectiveIndex(SqliteConnection connection, SqliteTransaction transaction) =>
        Sql.Execute(connection, transaction, "CREATE INDEX ledger_milestone_changes_effective ON ledger_milestone_changes(project_code, step_key, effective_at)");
}
