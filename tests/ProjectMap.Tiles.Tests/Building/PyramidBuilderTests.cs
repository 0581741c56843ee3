using ProjectMap.Testing;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Output;

namespace ProjectMap.Tiles.Tests.Building;

public sealed class PyramidBuilderTests
{
    private static readonly ZoomRange Zooms = new(17, 19);

    [Fact]
    public void Build_AddingAPhoto_RebuildsOnlyTheTilesItTouches_AndRemovingItRestoresTheRest()
    {
        using var temp = new TempDirectory();
        var f = new PyramidFixture(temp.Path);
        var a = f.Photo("a", 0, 0, 100, 0, -90, PyramidFixture.Red).Photo;
        var b = f.Photo("b", 70, 10, 100, 0, -90, PyramidFixture.Blue).Photo;
        var folder = Path.Combine(temp.Path, "pyramid");
        var builder = new PyramidBuilder(TileGrid.WebMercator, TileFormat.Png, Zooms);
        using var store = new DirectoryPyramidStore(folder, TileFormat.Png);

        var first = builder.Build(store, [a], "P", "2023-06", "n", "d");
        Assert.Equal("full", first.Mode);
        var onlyA = Snapshot(store);
        Assert.Equal(first.TilesWritten, onlyA.Count);

        var second = builder.Build(store, [a, b], "P", "2023-06", "n", "d");
        Assert.Equal(("incremental", 1), (second.Mode, second.ChangedPhotos));
        var tilesOfB = builder.Tiler.TilesOf(b, Zooms).ToHashSet();
        Assert.Equal(tilesOfB.Count, second.TilesRendered);
        var both = Snapshot(store);
        foreach (var (tile, (bytes, written)) in onlyA.Where(t => !tilesOfB.Contains(t.Key)))
        {
            Assert.Equal(written, both[tile].Written);
            Assert.Equal(bytes, both[tile].Bytes);
        }

        var third = builder.Build(store, [a, b], "P", "2023-06", "n", "d");
        Assert.Equal(("up to date", 0), (third.Mode, third.TilesRendered));

        var fourth = builder.Build(store, [a], "P", "2023-06", "n", "d");
        Assert.Equal("incremental", fourth.Mode);
        var again = Snapshot(store);
        Assert.Equal(onlyA.Keys.Order(), again.Keys.Order());
        Assert.All(onlyA, t => Assert.Equal(t.Value.Bytes, again[t.Key].Bytes));
    }

    [Fact]
    public void Build_OtherZooms_RebuildsEverything()
    {
        using var temp = new TempDirectory();
        var f = new PyramidFixture(temp.Path);
        var a = f.Photo("a", 0, 0, 100, 0, -90, PyramidFixture.Red).Photo;
        using var store = new DirectoryPyramidStore(Path.Combine(temp.Path, "p"), TileFormat.Png);
        new PyramidBuilder(TileGrid.WebMercator, TileFormat.Png, Zooms).Build(store, [a], null, null, "n", "d");
        var report = new PyramidBuilder(TileGrid.WebMercator, TileFormat.Png, new ZoomRange(18, 18)).Build(store, [a], null, null, "n", "d");
        Assert.Equal("full", report.Mode);
        Assert.All(store.List(), t => Assert.Equal(18, t.Z));
        var manifest = store.ReadManifest()!;
        Assert.Equal((18, 18, "webmercator", "png"), (manifest.MinZoom, manifest.MaxZoom, manifest.Grid, manifest.Format));
        Assert.True(File.Exists(Path.Combine(store.Location, "tilejson.json")));
    }

    private static Dictionary<TileId, (byte[] Bytes, DateTime Written)> Snapshot(DirectoryPyramidStore store) =>
        store.List().ToDictionary(t => t, t => (store.Read(t)!, File.GetLastWriteTimeUtc(store.PathOf(t))));
}
