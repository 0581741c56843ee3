using System.Globalization;
using ProjectMap.Testing;
using ProjectMap.Tiles.Benchmarks;
using ProjectMap.Tiles.Building;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Mosaic;
using ProjectMap.Tiles.Output;
using Xunit.Abstractions;

namespace ProjectMap.Tiles.Tests.Comparison;

/// <summary>
/// Our tiles against GDAL's chain (gdal_translate with the four corner GCPs, gdalwarp to EPSG:3857, gdal2tiles --xyz):
/// on nadir photos the same tiles with the footprint in the same place; on an oblique photo a painted marker lands at its
/// true position in ours and away from it in GDAL's affine fit.
/// </summary>
public sealed class GdalComparisonTests(ITestOutputHelper output)
{
    private static readonly ZoomRange NadirZooms = new(17, 20);

    [Fact]
    public void SyntheticNadirPhoto_TilesAndFootprintCentre_MatchGdal()
    {
        using var temp = new TempDirectory();
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 120, 30, -90);
        var png = Path.Combine(temp.Path, "nadir.png");
        SyntheticPhoto.Render(geo, png);
        Compare(SyntheticPhoto.ToWarp(geo, png, "nadir"), png, NadirZooms, temp.Path, out _);
    }

    [SharedDataFact("realdata/brighton-beach/DJI_0020.JPG")]
    public void RealNadirPhoto_TilesAndFootprintCentre_MatchGdal()
    {
        using var temp = new TempDirectory();
        var path = SharedData.PathOf("realdata/brighton-beach/DJI_0020.JPG")!;
        Compare(WarpPhotos.FromFile(path), path, new ZoomRange(18, 21), temp.Path, out _);
    }

    [Fact]
    public void SyntheticObliquePhoto_PaintedMarker_LandsTrueInOursAndOffInGdals()
    {
        using var temp = new TempDirectory();
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 80, 60, -50);

        // The marker is painted on the ground seen at pixel (300, 560) of the photo, far from the image centre.
        Assert.True(geo.TryPixelToGround(300, 560, out var marker));
        var png = Path.Combine(temp.Path, "oblique.png");
        SyntheticPhoto.Render(geo, png, marker, markerRadiusM: 1.2);
        var zooms = new ZoomRange(17, 20);
        Compare(SyntheticPhoto.ToWarp(geo, png, "oblique"), png, zooms, temp.Path, out var dirs, nadir: false);

        var grid = TileGrid.WebMercator;
        var truth = grid.LonLatToGlobalPixel(zooms.Max, marker.LongitudeDeg, marker.LatitudeDeg);
        var ours = PyramidPixels.Centre(dirs.Ours, zooms.Max, PyramidPixels.Red);
        var gdal = PyramidPixels.Centre(dirs.Gdal, zooms.Max, PyramidPixels.Red);
        var ourError = Math.Sqrt(Math.Pow(ours.X - truth.X, 2) + Math.Pow(ours.Y - truth.Y, 2));
        var gdalError = Math.Sqrt(Math.Pow(gdal.X - truth.X, 2) + Math.Pow(gdal.Y - truth.Y, 2));
        var metres = grid.GroundPixelSizeM(zooms.Max, marker.LatitudeDeg);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"marker at z{zooms.Max}: ours {ourError:0.00} px ({ourError * metres:0.00} m) from the truth, GDAL {gdalError:0.00} px ({gdalError * metres:0.00} m); red pixels ours {ours.Weight}, GDAL {gdal.Weight}"));
        Assert.True(ourError < 1, $"our marker is {ourError:0.00} px from its true position");
        Assert.True(gdalError > 10 * Math.Max(ourError, 0.5), $"GDAL's affine fit put the marker only {gdalError:0.00} px off");
        if (Environment.GetEnvironmentVariable("PROJECTMAP_FIGURE_DIR") is { Length: > 0 } figures)
        {
            ComparisonFigure.Write(Path.Combine(figures, "tiles-oblique-vs-gdal.png"), dirs.Ours, dirs.Gdal, zooms.Max, truth, ourError, gdalError, metres);
        }
    }

    private void Compare(ProjectMap.Tiles.Warping.WarpPhoto photo, string imagePath, ZoomRange zooms, string work, out (string Ours, string Gdal) dirs, bool nadir = true)
    {
        var ours = Path.Combine(work, "ours");
        using (var store = new DirectoryPyramidStore(ours, TileFormat.Png))
        {
            new PyramidBuilder(TileGrid.WebMercator, TileFormat.Png, zooms, MosaicOptions.Default with { Threads = 2 }).Build(store, [photo], null, null, "test", "test");
        }

        var gdalWork = Path.Combine(work, "gdal");
        Directory.CreateDirectory(gdalWork);
        foreach (var (program, args) in GdalTileChain.Commands(imagePath, photo, zooms, gdalWork))
        {
            var (code, _, err) = ExternalTool.Run(program, args);
            Assert.True(code == 0, $"{program} failed: {err}");
        }

        var gdal = Path.Combine(gdalWork, "tiles");
        dirs = (ours, gdal);
        var ourTiles = new DirectoryPyramidStore(ours, TileFormat.Png).List();
        var gdalTiles = new DirectoryPyramidStore(gdal, TileFormat.Png).List();
        output.WriteLine($"tiles: ours {ourTiles.Count}, GDAL {gdalTiles.Count}; only ours: {string.Join(' ', ourTiles.Except(gdalTiles))}; only GDAL: {string.Join(' ', gdalTiles.Except(ourTiles))}");
        if (!nadir)
        {
            // An oblique footprint is a trapezoid GDAL's affine fit cannot follow, so the tile sets differ at the edges.
            return;
        }

        Assert.Equal(gdalTiles, ourTiles);

        var a = PyramidPixels.OpaqueCentre(ours, zooms.Max);
        var b = PyramidPixels.OpaqueCentre(gdal, zooms.Max);
        var d = Math.Sqrt(Math.Pow(a.X - b.X, 2) + Math.Pow(a.Y - b.Y, 2));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"centre of opaque pixels at z{zooms.Max}: ours ({a.X:0.00}, {a.Y:0.00}), GDAL ({b.X:0.00}, {b.Y:0.00}), {d:0.000} px apart; opaque area ours {a.Weight:0}, GDAL {b.Weight:0} px"));
        Assert.True(d <= 1, $"the footprint centres are {d:0.00} px apart");
    }
}
