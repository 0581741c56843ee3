using ProjectMap.Geodesy.Points;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Testing;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Mosaic;
using ProjectMap.Tiles.Output;

namespace ProjectMap.Tiles.Tests.Mosaic;

public sealed class MosaicTilerTests
{
    private static readonly LocalGroundFrame Frame = new(SyntheticPhoto.Site);

    private static GeodeticPoint At(double e, double n) => Frame.ToGeodetic(e, n);

    [Fact]
    public void Render_TwoOverlappingNadirPhotos_EachOwnsTheGroundNearestItsNadirAndTheSeamBlends()
    {
        using var temp = new TempDirectory();
        var f = new PyramidFixture(temp.Path);
        var a = f.Photo("a", 0, 0, 100, 0, -90, PyramidFixture.Red);
        var b = f.Photo("b", 40, 0, 100, 0, -90, PyramidFixture.Blue);
        var pyramid = Path.Combine(temp.Path, "mosaic");
        var result = new MosaicTiler(TileGrid.WebMercator).Render([a.Photo, b.Photo], new ZoomRange(19, 19), new DirectoryPyramidStore(pyramid, TileFormat.Png));
        Assert.Equal(2, result.PhotosDecoded);
        Assert.True(result.PeakHeldTiles > 0);

        var nearA = PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(2, 0));
        var nearB = PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(38, 0));
        var seam = PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(20, 0));
        Assert.True(nearA[0] > nearA[2] + 60, $"near A's nadir the red photo shows: {string.Join(',', nearA)}");
        Assert.True(nearB[2] > nearB[0] + 60, $"near B's nadir the blue photo shows: {string.Join(',', nearB)}");
        Assert.InRange(seam[0] - seam[2], -40, 40);
        Assert.Equal(255, seam[3]);

        // Away from the seam by a few metres one photo dominates again: the blend band is narrow.
        var offSeam = PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(14, 0));
        Assert.True(offSeam[0] > offSeam[2] + 40, $"6 m from the seam the nearer photo dominates: {string.Join(',', offSeam)}");
    }

    [Fact]
    public void Render_ObliquePhotoOverANadirOne_GivesWayToTheNadirPhoto()
    {
        using var temp = new TempDirectory();
        var f = new PyramidFixture(temp.Path);
        var nadir = f.Photo("nadir", 0, 0, 100, 0, -90, PyramidFixture.Red);

        // Camera 60 m south looking north at 45°: it sees the nadir photo's centre, obliquely.
        var oblique = f.Photo("oblique", 0, -60, 60, 0, -45, PyramidFixture.Green);
        Assert.True(oblique.Geo.TryGroundToPixel(At(0, 0), out var c, out var r) && c > 0 && c < 600 && r > 0 && r < 400);
        var pyramid = Path.Combine(temp.Path, "mosaic");
        new MosaicTiler(TileGrid.WebMercator).Render([oblique.Photo, nadir.Photo], new ZoomRange(19, 19), new DirectoryPyramidStore(pyramid, TileFormat.Png));
        var centre = PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(0, 5));
        Assert.True(centre[0] > centre[1] + 60, $"the nadir (red) photo wins: {string.Join(',', centre)}");

        // Where only the oblique photo sees the ground, it fills in.
        var north = PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(0, 60));
        Assert.True(north[1] > north[0] + 60, $"only the oblique (green) photo covers this: {string.Join(',', north)}");
    }

    [Fact]
    public void Render_OutsideTheFootprint_IsTransparent()
    {
        using var temp = new TempDirectory();
        var f = new PyramidFixture(temp.Path);
        var a = f.Photo("a", 0, 0, 100, 30, -90, PyramidFixture.Red);
        var pyramid = Path.Combine(temp.Path, "p");
        new MosaicTiler(TileGrid.WebMercator).Render([a.Photo], new ZoomRange(18, 19), new DirectoryPyramidStore(pyramid, TileFormat.Png));
        Assert.Equal(0, PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(0, 70))[3]);
        Assert.Equal(255, PyramidFixture.PixelAt(pyramid, TileGrid.WebMercator, 19, At(0, 0))[3]);
        var alphas = PyramidPixels.Read(pyramid, 19).SelectMany(t => t.Rgba.Where((_, i) => i % 4 == 3)).ToList();
        Assert.Contains(alphas, x => x == 0);
        Assert.Contains(alphas, x => x is > 0 and < 255);
    }
}
