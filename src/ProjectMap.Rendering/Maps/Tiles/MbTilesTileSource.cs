using System.Globalization;
using Microsoft.Data.Sqlite;
using NetTopologySuite.Geometries;

namespace ProjectMap.Rendering.Maps.Tiles;

/// <summary>
/// Tiles in an MBTiles 1.3 file (SQLite; rows counted from the south, TMS, as the specification says), opened read-only.
/// Zooms, bounds and attribution come from its <c>metadata</c> table, else from the tiles present.
/// </summary>
public sealed class MbTilesTileSource : ITileSource
{
    private readonly SqliteConnection _connection;

    /// <summary>Opens the file read-only; throws <see cref="FileNotFoundException"/> when it is missing and <see cref="InvalidDataException"/> when it is not MBTiles.</summary>
    public MbTilesTileSource(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        if (!File.Exists(Path))
        {
            throw new FileNotFoundException($"MBTiles file {Path} does not exist", Path);
        }

        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            _connection.Open();
            var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT name, value FROM metadata";
                using var reader = command.ExecuteReader();
                while (reader.Read())
                {
                    metadata[reader.GetString(0)] = reader.IsDBNull(1) ? string.Empty : reader.GetString(1);
                }
            }

            using (var command = _connection.CreateCommand())
            {
                command.CommandText = "SELECT MIN(zoom_level), MAX(zoom_level) FROM tiles";
                using var reader = command.ExecuteReader();
                if (!reader.Read() || reader.IsDBNull(0))
                {
                    throw new InvalidDataException($"{Path} holds no tiles");
                }

                MinZoom = Math.Max(reader.GetInt32(0), Int(metadata, "minzoom") ?? 0);
                MaxZoom = Math.Min(reader.GetInt32(1), Int(metadata, "maxzoom") ?? 30);
            }

            if (metadata.TryGetValue("bounds", out var b))
            {
                var v = b.Split(',').Select(s => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
                BoundsLonLat = v.Length == 4 ? new Envelope(v[0], v[2], v[1], v[3]) : null;
            }

            Attribution = metadata.GetValueOrDefault("attribution");
        }
        catch (Exception e) when (e is SqliteException or FormatException)
        {
            _connection.Dispose();
            throw new InvalidDataException($"{Path} is not an MBTiles file: {e.Message}", e);
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    /// <summary>The file (absolute).</summary>
    public string Path { get; }

    /// <inheritdoc />
    public string Name => System.IO.Path.GetFileName(Path);

    /// <inheritdoc />
    public int MinZoom { get; }

    /// <inheritdoc />
    public int MaxZoom { get; }

    /// <inheritdoc />
    public Envelope? BoundsLonLat { get; }

    /// <inheritdoc />
    public string? Attribution { get; }

    /// <inheritdoc />
    public byte[]? ReadTile(int zoom, int x, int y)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT tile_data FROM tiles WHERE zoom_level = $z AND tile_column = $x AND tile_row = $y";
        command.Parameters.AddWithValue("$z", zoom);
        command.Parameters.AddWithValue("$x", x);
        command.Parameters.AddWithValue("$y", (1 << zoom) - 1 - y);
        return command.ExecuteScalar() as byte[];
    }

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();

    private static int? Int(Dictionary<string, string> metadata, string key) =>
        metadata.TryGetValue(key, out var s) && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
}
