using Microsoft.Data.Sqlite;

namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>
/// Creates the GeoPackage R-tree spatial index extension (gpkg_rtree_index) for a geometry column: the rtree
/// virtual table, its registration in gpkg_extensions and the standard triggers that keep it current
/// (GeoPackage 1.3 Annex F.3). The triggers call ST_IsEmpty and ST_MinX…ST_MaxY, which every connection registers.
/// </summary>
public static class SpatialIndex
{
    /// <summary>Adds the index for <paramref name="table"/>.<paramref name="column"/> keyed by <paramref name="idColumn"/>, and fills it.</summary>
    public static void Create(SqliteConnection connection, SqliteTransaction transaction, string table, string column, string idColumn)
    {
        var rtree = $"rtree_{table}_{column}";
        var t = table;
        var c = column;
        var i = idColumn;
        var values = $"NEW.{i}, ST_MinX(NEW.{c}), ST_MaxX(NEW.{c}), ST_MinY(NEW.{c}), ST_MaxY(NEW.{c})";
        Sql.Execute(connection, transaction, $"""
            CREATE VIRTUAL TABLE "{rtree}" USING rtree(id, minx, maxx, miny, maxy);
            INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope)
              VALUES ('{t}', '{c}', 'gpkg_rtree_index', 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only');
            CREATE TRIGGER "{rtree}_insert" AFTER INSERT ON "{t}" WHEN (NEW.{c} NOT NULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES ({values}); END;
            CREATE TRIGGER "{rtree}_update1" AFTER UPDATE OF {c} ON "{t}" WHEN OLD.{i} = NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN INSERT OR REPLACE INTO "{rtree}" VALUES ({values}); END;
            CREATE TRIGGER "{rtree}_update2" AFTER UPDATE OF {c} ON "{t}" WHEN OLD.{i} = NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{rtree}" WHERE id = OLD.{i}; END;
            CREATE TRIGGER "{rtree}_update3" AFTER UPDATE ON "{t}" WHEN OLD.{i} != NEW.{i} AND (NEW.{c} NOTNULL AND NOT ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{rtree}" WHERE id = OLD.{i}; INSERT OR REPLACE INTO "{rtree}" VALUES ({values}); END;
            CREATE TRIGGER "{rtree}_update4" AFTER UPDATE ON "{t}" WHEN OLD.{i} != NEW.{i} AND (NEW.{c} ISNULL OR ST_IsEmpty(NEW.{c}))
            BEGIN DELETE FROM "{rtree}" WHERE id IN (OLD.{i}, NEW.{i}); END;
            CREATE TRIGGER "{rtree}_delete" AFTER DELETE ON "{t}" WHEN OLD.{c} NOT NULL
            BEGIN DELETE FROM "{rtree}" WHERE id = OLD.{i}; END;
            INSERT OR REPLACE INTO "{rtree}"
              SELECT {i}, ST_MinX({c}), ST_MaxX({c}), ST_MinY({c}), ST_MaxY({c}) FROM "{t}" WHERE {c} NOT NULL AND NOT ST_IsEmpty({c});
            """);
    }
}
