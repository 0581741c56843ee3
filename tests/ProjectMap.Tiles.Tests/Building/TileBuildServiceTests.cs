using NetTopologySuite.Geometries;
using ProjectMap.Application.Photos;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Imagery.Mathematics;
using ProjectMap.Storage.GeoPackage;
using ProjectMap.Testing;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;

namespace ProjectMap.Tiles.Tests.Building;

public sealed class TileBuildServiceTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Build_StoredPhotoWithACorrection_WarpsThroughTheCorrection()
    {
        var f = new PyramidFixture(_dir.Path);
        var (photo, geo) = f.Photo("a", 0, 0, 100, 0, -90, PyramidFixture.Red);
        await using var store = await GeoPackageStore.OpenAsync(_dir.Combine("pm.gpkg"));
        var files = new PhotoFileStore(_dir.Combine("files"));
        var sha = new string('a', 64);
        var stored = PhotoFileStore.OriginalPath(sha, "png");
        Directory.CreateDirectory(Path.GetDirectoryName(files.FullPath(stored))!);
        File.Copy(Path.Combine(_dir.Path, "a.png"), files.FullPath(stored));
        var footprint = photo.FootprintLonLat;
        await store.Photos.AddAsync(
            new StoredPhoto
            {
                Sha256 = sha, FileName = "a.png", StoredPath = stored, Status = "ok", Footprint = (Polygon)footprint.Copy(), ProjectCode = "WJ2023-001", Month = new YearMonth(2023, 6),
                LatitudeDeg = geo.Position.LatitudeDeg, LongitudeDeg = geo.Position.LongitudeDeg, HeightAboveGroundM = 100, YawDeg = 0, PitchDeg = -90, WidthPx = 600, HeightPx = 400,
                FocalLengthPx = 500, PrincipalPointXPx = 300, PrincipalPointYPx = 200, IntrinsicsSource = "calibrated", MetadataJson = "{}",
            },
            []);
        var service = new TileBuildService(store, files);
        var root = _dir.Combine("tiles");
        var zooms = new ZoomRange(18, 18);
        var pose = await service.BuildAsync(new TileBuildRequest { Root = root, Zooms = zooms });
        var folder = TilePaths.PyramidPath(root, "WJ2023-001", "2023-06", TileGrid.WebMercator, false);
        Assert.Equal("full", pose.Pyramids[0].Mode);
        Assert.True(pose.Pyramids[0].TilesWritten > 0);
        var before = PyramidPixels.OpaqueCentre(folder, 18);

        // An officer's correction: the photo really shows ground 20 m further east.
        var m = Homography.Compose(geo.PixelToLocal, new Homography(new Matrix3(1, 0, 20, 0, 1, 0, 0, 0, 1))).Matrix;
        await store.Photos.AddCorrectionAsync(new PhotoCorrectionRecord(
            sha, "homography", [m.M11, m.M12, m.M13, m.M21, m.M22, m.M23, m.M31, m.M32, m.M33], geo.Position.LatitudeDeg, geo.Position.LongitudeDeg, "[]", 0, 0, DateTimeOffset.UtcNow));
        var corrected = await service.BuildAsync(new TileBuildRequest { Root = root, Zooms = zooms });
        Assert.Equal("incremental", corrected.Pyramids[0].Mode);
        var after = PyramidPixels.OpaqueCentre(folder, 18);
        var metresPerPixel = TileGrid.WebMercator.GroundPixelSizeM(18, geo.Position.LatitudeDeg);
        Assert.Equal(20 / metresPerPixel, after.X - before.X, 0.5);
        Assert.Equal(0, after.Y - before.Y, 0.5);
        Assert.Contains("correction (homography)", File.ReadAllText(Path.Combine(folder, "manifest.json")), StringComparison.Ordinal);

        var ignored = await service.BuildAsync(new TileBuildRequest { Root = root, Zooms = zooms, UseCorrections = false });
        Assert.Equal("incremental", ignored.Pyramids[0].Mode);
        Assert.Equal(before.X, PyramidPixels.OpaqueCentre(folder, 18).X, 0.01);
    }

    [Fact]
    public void GeographicGrid_PaintedMarker_LandsAtItsLonLat()
    {
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 80, 60, -50);
        Assert.True(geo.TryPixelToGround(300, 560, out var marker));
        var png = _dir.Combine("o.png");
        SyntheticPhoto.Render(geo, png, marker, markerRadiusM: 1.2);
        var folder = _dir.Combine("c");
        using (var store = new ProjectMap.Tiles.Output.DirectoryPyramidStore(folder, ProjectMap.Tiles.Output.TileFormat.Png))
        {
            new PyramidBuilder(TileGrid.Cgcs2000, ProjectMap.Tiles.Output.TileFormat.Png, new ZoomRange(19, 19)).Build(store, [SyntheticPhoto.ToWarp(geo, png, "o")], null, null, "n", "d");
        }

        var truth = TileGrid.Cgcs2000.LonLatToGlobalPixel(19, marker.LongitudeDeg, marker.LatitudeDeg);
        var found = PyramidPixels.Centre(folder, 19, PyramidPixels.Red);
        Assert.True(Math.Abs(found.X - truth.X) < 1 && Math.Abs(found.Y - truth.Y) < 1, $"marker at ({found.X}, {found.Y}), truth ({truth.X}, {truth.Y})");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
