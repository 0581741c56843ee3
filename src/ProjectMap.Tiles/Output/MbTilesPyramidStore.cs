using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Output;

/// <summary>
/// A pyramid as one MBTiles 1.3 file (SQLite): <c>tiles(zoom_level, tile_column, tile_row, tile_data)</c> with rows
/// counted from the south (TMS, as the specification says), <c>metadata(name, value)</c> with name, format, bounds,
/// center, minzoom, maxzoom, type "overlay", attribution and <c>json</c>, plus ProjectMap's manifest under the key
/// <c>projectmap_manifest</c>. A build runs in one transaction, committed by <see cref="Finish"/>: readers see the old
/// pyramid or the new one. Web Mercator only (the specification's grid).
/// </summary>
public sealed class MbTilesPyramidStore : ITilePyramidStore
{
    private const string ManifestKey = "projectmap_manifest";
    private readonly SqliteConnection _connection;
    private readonly Lock _gate = new();
    private SqliteTransaction? _transaction;

    /// <summary>Opens (creating) an MBTiles file.</summary>
    public MbTilesPyramidStore(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Location = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Location)!);
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Location, Pooling = false }.ToString());
        _connection.Open();
        Execute("""
            CREATE TABLE IF NOT EXISTS metadata (name TEXT NOT NULL PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS tiles (zoom_level INTEGER NOT NULL, tile_column INTEGER NOT NULL, tile_row INTEGER NOT NULL, tile_data BLOB NOT NULL);
            CREATE UNIQUE INDEX IF NOT EXISTS tile_index ON tiles (zoom_level, tile_column, tile_row);
            """);
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <inheritdoc />
    public void Write(TileId tile, byte[] encoded)
    {
        lock (_gate)
        {
            Begin();
            using var c = Command("INSERT OR REPLACE INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES ($z, $x, $y, $d)", tile);
            c.Parameters.AddWithValue("$d", encoded);
            c.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public void Delete(TileId tile)
    {
        lock (_gate)
        {
            Begin();
            using var c = Command("DELETE FROM tiles WHERE zoom_level = $z AND tile_column = $x AND tile_row = $y", tile);
            c.ExecuteNonQuery();
        }
    }

    /// <inheritdoc />
    public byte[]? Read(TileId tile)
    {
        lock (_gate)
        {
            using var c = Command("SELECT tile_data FROM tiles WHERE zoom_level = $z AND tile_column = $x AND tile_row = $y", tile);
            return c.ExecuteScalar() as byte[];
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<TileId> List()
    {
        lock (_gate)
        {
            using var c = _connection.CreateCommand();
            c.Transaction = _transaction;
            c.CommandText = "SELECT zoom_level, tile_column, tile_row FROM tiles ORDER BY zoom_level, tile_column, tile_row";
            using var r = c.ExecuteReader();
            var tiles = new List<TileId>();
            while (r.Read())
            {
                var z = r.GetInt32(0);
                tiles.Add(new TileId(z, r.GetInt32(1), (int)((1L << z) - 1 - r.GetInt64(2))));
            }

            tiles.Sort();
            return tiles;
        }
    }

    /// <inheritdoc />
    public PyramidManifest? ReadManifest()
    {
        lock (_gate)
        {
            using var c = _connection.CreateCommand();
            c.Transaction = _transaction;
            c.CommandText = $"SELECT value FROM metadata WHERE name = '{ManifestKey}'";
            return c.ExecuteScalar() is string json ? PyramidManifest.FromJson(json) : null;
        }
    }

    /// <inheritdoc />
    public void Clear()
    {
        lock (_gate)
        {
            Begin();
            Execute("DELETE FROM tiles; DELETE FROM metadata;");
        }
    }

    /// <inheritdoc />
    public void Finish(PyramidManifest manifest, string tileJson)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var doc = JsonNode.Parse(tileJson)!.AsObject();
        var ic = CultureInfo.InvariantCulture;
        string Join(string key) => string.Join(',', doc[key]!.AsArray().Select(n => n!.GetValue<double>().ToString("R", ic)));
        var rows = new Dictionary<string, string>
        {
            ["name"] = doc["name"]?.GetValue<string>() ?? "projectmap",
            ["format"] = manifest.Format,
            ["bounds"] = Join("bounds"),
            ["center"] = Join("center"),
            ["minzoom"] = manifest.MinZoom.ToString(ic),
            ["maxzoom"] = manifest.MaxZoom.ToString(ic),
            ["type"] = "overlay",
            ["version"] = "1.3",
            ["description"] = doc["description"]?.GetValue<string>() ?? string.Empty,
            ["attribution"] = doc["attribution"]?.GetValue<string>() ?? string.Empty,
            ["json"] = tileJson,
            [ManifestKey] = manifest.ToJson(),
        };
        lock (_gate)
        {
            Begin();
            foreach (var (name, value) in rows)
            {
                using var c = _connection.CreateCommand();
                c.Transaction = _transaction;
                c.CommandText = "INSERT OR REPLACE INTO metadata (name, value) VALUES ($n, $v)";
                c.Parameters.AddWithValue("$n", name);
                c.Parameters.AddWithValue("$v", value);
                c.ExecuteNonQuery();
            }

            _transaction!.Commit();
            _transaction.Dispose();
            _transaction = null;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _transaction?.Dispose();
        _connection.Dispose();
    }

    private void Begin() => _transaction ??= _connection.BeginTransaction(deferred: false);

    private SqliteCommand Command(string sql, TileId tile)
    {
        var c = _connection.CreateCommand();
        c.Transaction = _transaction;
        c.CommandText = sql;
        c.Parameters.AddWithValue("$z", tile.Z);
        c.Parameters.AddWithValue("$x", tile.X);
        c.Parameters.AddWithValue("$y", (1L << tile.Z) - 1 - tile.Y);
        return c;
    }

    private void Execute(string sql)
    {
        using var c = _connection.CreateCommand();
        c.Transaction = _transaction;
        c.CommandText = sql;
        c.ExecuteNonQuery();
    }
}
