using System.Text.Json.Nodes;
using ProjectMap.Testing;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Catalog;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Output;

namespace ProjectMap.Tiles.Tests.Catalog;

public sealed class TilePyramidCatalogTests
{
    [Fact]
    public void Catalog_ListsFolderGeographicAndMbTilesPyramids_AndReadsTheirTiles()
    {
        using var temp = new TempDirectory();
        var f = new PyramidFixture(temp.Path);
        var (photo, geo) = f.Photo("a", 0, 0, 100, 20, -90, PyramidFixture.Red);
        var root = Path.Combine(temp.Path, "tiles");
        var zooms = new ZoomRange(17, 19);
        using (var folder = new DirectoryPyramidStore(TilePaths.PyramidPath(root, "WJ2023-001", "2023-06", TileGrid.WebMercator, false), TileFormat.Png))
        {
            new PyramidBuilder(TileGrid.WebMercator, TileFormat.Png, zooms).Build(folder, [photo], "WJ2023-001", "2023-06", "n", "d");
        }

        using (var geographic = new DirectoryPyramidStore(TilePaths.PyramidPath(root, "WJ2023-001", "2023-06", TileGrid.Cgcs2000, false), TileFormat.Png))
        {
            new PyramidBuilder(TileGrid.Cgcs2000, TileFormat.Png, zooms).Build(geographic, [photo], "WJ2023-001", "2023-06", "n", "d");
        }

        var mbPath = TilePaths.PyramidPath(root, "WJ2023-002", "2023-07", TileGrid.WebMercator, true);
        using (var mb = new MbTilesPyramidStore(mbPath))
        {
            new PyramidBuilder(TileGrid.WebMercator, TileFormat.Png, zooms).Build(mb, [photo], "WJ2023-002", "2023-07", "n", "d");
        }

        var catalog = new TilePyramidCatalog(root);
        var list = catalog.List();
        Assert.Equal(
            [("WJ2023-001", "2023-06", "webmercator", "folder"), ("WJ2023-001", "2023-06", "cgcs2000", "folder"), ("WJ2023-002", "2023-07", "webmercator", "mbtiles")],
            list.Select(p => (p.Project, p.Month, p.Grid, p.Storage)).OrderBy(p => p.Item1).ThenByDescending(p => p.Item3).ToList());
        var env = photo.FootprintLonLat.EnvelopeInternal;
        Assert.All(list, p =>
        {
            Assert.Equal((17, 19, 1), (p.MinZoom, p.MaxZoom, p.Photos));
            Assert.Equal(env.MinX, p.West, 9);
            Assert.Equal(env.MaxY, p.North, 9);
        });

        var tile = TileGrid.WebMercator.TilesCovering(photo.FootprintLonLat, 19)[0];
        var fromFolder = catalog.ReadTile("WJ2023-001", "2023-06", "webmercator", tile.Z, tile.X, tile.Y);
        var fromMb = catalog.ReadTile("WJ2023-002", "2023-07", "webmercator", tile.Z, tile.X, tile.Y);
        Assert.Equal("image/png", fromFolder!.MimeType);
        Assert.Equal(fromFolder.Bytes, fromMb!.Bytes);
        Assert.Null(catalog.ReadTile("WJ2023-001", "2023-06", "webmercator", 19, 0, 0));
        Assert.Null(catalog.ReadTile("../WJ2023-001", "2023-06", "webmercator", tile.Z, tile.X, tile.Y));
        Assert.Null(catalog.ReadTile("WJ2023-001", "../../x", "webmercator", tile.Z, tile.X, tile.Y));
        var geoTile = TileGrid.Cgcs2000.TilesCovering(photo.FootprintLonLat, 19)[0];
        Assert.NotNull(catalog.ReadTile("WJ2023-001", "2023-06", "cgcs2000", geoTile.Z, geoTile.X, geoTile.Y));

        // MBTiles counts rows from the south (TMS) and carries the specification's metadata.
        using (var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={mbPath};Pooling=False"))
        {
            db.Open();
            using var q = db.CreateCommand();
            q.CommandText = $"SELECT count(*) FROM tiles WHERE zoom_level = {tile.Z} AND tile_column = {tile.X} AND tile_row = {(1 << tile.Z) - 1 - tile.Y}";
            Assert.Equal(1L, (long)q.ExecuteScalar()!);
            q.CommandText = "SELECT group_concat(name) FROM (SELECT name FROM metadata ORDER BY name)";
            var meta = ((string)q.ExecuteScalar()!).Split(',');
            Assert.All(new[] { "bounds", "center", "format", "maxzoom", "minzoom", "name", "type" }, k => Assert.Contains(k, meta));
        }

        var info = ExternalTool.Run("gdalinfo", mbPath);
        Assert.Equal(0, info.ExitCode);
        Assert.Contains("MBTiles", info.Output);
    }

    [Fact]
    public void TileJson_DescribesThePyramid()
    {
        using var temp = new TempDirectory();
        var f = new PyramidFixture(temp.Path);
        var (photo, _) = f.Photo("a", 0, 0, 100, 20, -90, PyramidFixture.Red);
        using var folder = new DirectoryPyramidStore(Path.Combine(temp.Path, "p"), TileFormat.Webp);
        new PyramidBuilder(TileGrid.WebMercator, TileFormat.Webp, new ZoomRange(18, 19)).Build(folder, [photo], "WJ2023-001", "2023-06", "WJ2023-001 2023-06", "d");
        var doc = JsonNode.Parse(File.ReadAllText(Path.Combine(folder.Location, "tilejson.json")))!;
        Assert.Equal("3.0.0", (string?)doc["tilejson"]);
        Assert.Equal("{z}/{x}/{y}.webp", (string?)doc["tiles"]![0]);
        Assert.Equal("xyz", (string?)doc["scheme"]);
        Assert.Equal(3857, (int)doc["projectmap"]!["epsg"]!);
        Assert.All(folder.List(), t => Assert.True(File.Exists(folder.PathOf(t)) && folder.PathOf(t).EndsWith(".webp", StringComparison.Ordinal)));
        Assert.NotEmpty(folder.List());
    }
}
