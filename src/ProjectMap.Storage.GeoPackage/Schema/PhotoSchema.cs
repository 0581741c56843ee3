using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>
/// Migration 0100-photos: the <c>photos</c> feature layer (one footprint polygon per photo, EPSG:4490, R-tree) that
/// GDAL and QGIS open as is, and the attribute tables <c>photo_parcels</c>, <c>photo_corrections</c> and
/// <c>photo_quarantine</c>, all registered in gpkg_contents.
/// </summary>
public static class PhotoSchema
{
    /// <summary>Applies the step.</summary>
    public static void Create(SqliteConnection connection, SqliteTransaction tx)
    {
        Sql.Execute(connection, tx, """
            CREATE TABLE photos (
              fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              geom POLYGON,
              sha256 TEXT NOT NULL UNIQUE,
              file_name TEXT NOT NULL,
              size_bytes INTEGER NOT NULL,
              stored_path TEXT NOT NULL,
              status TEXT NOT NULL,
              warnings TEXT NOT NULL DEFAULT '[]',
              make TEXT,
              model TEXT,
              captured_at TEXT,
              month TEXT,
              project_code TEXT,
              lat REAL NOT NULL,
              lon REAL NOT NULL,
              height_m REAL NOT NULL,
              yaw_deg REAL NOT NULL,
              pitch_deg REAL NOT NULL,
              roll_deg REAL NOT NULL,
              width_px INTEGER NOT NULL,
              height_px INTEGER NOT NULL,
              focal_px REAL NOT NULL,
              cx_px REAL NOT NULL,
              cy_px REAL NOT NULL,
              intrinsics_source TEXT NOT NULL,
              gsd_cm REAL NOT NULL,
              accuracy_m REAL NOT NULL,
              ground_offset_m REAL NOT NULL,
              metadata_json TEXT NOT NULL,
              ingested_at DATETIME NOT NULL);
            CREATE INDEX photos_project_month ON photos (project_code, month);
            CREATE INDEX photos_month ON photos (month);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id)
              VALUES ('photos', 'features', 'photos', 'Drone photo footprints (航拍) with pose, camera, month and project', 4490);
            INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
              VALUES ('photos', 'geom', 'POLYGON', 4490, 0, 0);
            CREATE TABLE photo_parcels (
              photo_sha256 TEXT NOT NULL REFERENCES photos (sha256) ON DELETE CASCADE,
              project_code TEXT NOT NULL,
              parcel_covered_share REAL NOT NULL,
              photo_on_parcel_share REAL NOT NULL,
              PRIMARY KEY (photo_sha256, project_code));
            CREATE INDEX photo_parcels_project ON photo_parcels (project_code);
            CREATE TABLE photo_corrections (
              id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              photo_sha256 TEXT NOT NULL REFERENCES photos (sha256) ON DELETE CASCADE,
              model TEXT NOT NULL,
              matrix TEXT NOT NULL,
              origin_lat REAL NOT NULL,
              origin_lon REAL NOT NULL,
              pairs TEXT NOT NULL,
              rms_residual_m REAL NOT NULL,
              max_residual_m REAL NOT NULL,
              created_at DATETIME NOT NULL);
            CREATE INDEX photo_corrections_photo ON photo_corrections (photo_sha256, id);
            CREATE TABLE photo_quarantine (
              id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
              sha256 TEXT NOT NULL UNIQUE,
              file_name TEXT NOT NULL,
              size_bytes INTEGER NOT NULL,
              reason TEXT NOT NULL,
              stored_path TEXT NOT NULL,
              quarantined_at DATETIME NOT NULL);
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
              VALUES ('photo_parcels', 'attributes', 'photo_parcels', 'Which parcels each photo covers: share of the parcel covered, share of the photo on the parcel');
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
              VALUES ('photo_corrections', 'attributes', 'photo_corrections', 'Officers'' control-point corrections of photo georeferences');
            INSERT INTO gpkg_contents (table_name, data_type, identifier, description)
              VALUES ('photo_quarantine', 'attributes', 'photo_quarantine', 'Rejected photo files kept with the reason');
            """);
        SpatialIndex.Create(connection, tx, "photos", "geom", "fid");
    }
}
