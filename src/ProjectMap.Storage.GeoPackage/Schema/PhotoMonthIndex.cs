using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>
/// A three-dimensional SQLite R-tree over the photos' footprints and their month (migration "1003-photos-month-index"),
/// so the viewer's one-month footprint query reads only that month's footprints in the box; the GeoPackage R-tree
/// (<c>rtree_photos_geom</c>) knows no month and finds every month's. Boxes are degrees (X = longitude, Y = latitude,
/// EPSG:4490); the month is a number, <see cref="Number"/>: year × 12 + month − 1. Photos without a footprint or a month are
/// not in it. Kept current by triggers in plain SQL and the ST_ functions of the GeoPackage R-tree triggers, which GDAL
/// also provides, so edits made in QGIS keep it right. It is an ordinary table of this application: not named
/// <c>rtree_*</c> (a name the GeoPackage specification reserves for its registered spatial indexes) and not listed in gpkg_contents.
/// </summary>
public static class PhotoMonthIndex
{
    /// <summary>The index table's name.</summary>
    public const string Table = "photos_month_rtree";

    private const string NewMonth = "(CAST(substr(NEW.month, 1, 4) AS INTEGER) * 12 + CAST(substr(NEW.month, 6, 2) AS INTEGER) - 1)";

    /// <summary>The number the index keys a month (yyyy-MM text) by: year × 12 + month − 1.</summary>
    public static int Number(Domain.Time.YearMonth month) => (month.Year * 12) + month.Month - 1;

    /// <summary>Creates the index and its triggers and fills it from the photos already stored.</summary>
    public static void Create(SqliteConnection connection, SqliteTransaction transaction)
    {
        var values = $"NEW.fid, ST_MinX(NEW.geom), ST_MaxX(NEW.geom), ST_MinY(NEW.geom), ST_MaxY(NEW.geom), {NewMonth}, {NewMonth}";
        var indexed = "NEW.geom NOT NULL AND NOT ST_IsEmpty(NEW.geom) AND NEW.month NOT NULL";
        Sql.Execute(connection, transaction, $"""
            CREATE VIRTUAL TABLE {Table} USING rtree(id, minx, maxx, miny, maxy, minmonth, maxmonth);
            CREATE TRIGGER {Table}_insert AFTER INSERT ON photos WHEN {indexed}
            BEGIN INSERT OR REPLACE INTO {Table} VALUES ({values}); END;
            CREATE TRIGGER {Table}_update AFTER UPDATE OF fid, geom, month ON photos
            BEGIN
              DELETE FROM {Table} WHERE id = OLD.fid;
              INSERT OR REPLACE INTO {Table} SELECT {values} WHERE {indexed};
            END;
            CREATE TRIGGER {Table}_delete AFTER DELETE ON photos
            BEGIN DELETE FROM {Table} WHERE id = OLD.fid; END;
            INSERT INTO {Table}
              SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom), {NewMonth.Replace("NEW.", string.Empty, StringComparison.Ordinal)}, {NewMonth.Replace("NEW.", string.Empty, StringComparison.Ordinal)}
              FROM photos WHERE geom NOT NULL AND NOT ST_IsEmpty(geom) AND month NOT NULL;
            """);
    }
}
