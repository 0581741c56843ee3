using ProjectMap.Testing;
using ProjectMap.Tiles.Grids;
using ProjectMap.Tiles.Mosaic;
using ProjectMap.Tiles.Output;
using ProjectMap.Tiles.Warping;

namespace ProjectMap.Tiles.Tests.Warping;

public sealed class MipmapTests
{
    private static MipPyramid FinePattern(int w, int h)
    {
        // One-pixel black/white checker: any point sampling of a reduction aliases into stripes or noise.
        var px = new byte[w * h * 4];
        for (var y = 0; y < h; y++)
        {
            for (var x = 0; x < w; x++)
            {
                var o = ((y * w) + x) * 4;
                var v = (byte)(((x + y) & 1) == 0 ? 0 : 255);
                px[o] = px[o + 1] = px[o + 2] = v;
                px[o + 3] = 255;
            }
        }

        return MipPyramid.FromLevel0(new MipLevel(w, h, px), 1, w, h);
    }

    [Fact]
    public void Halving_AveragesBoxes()
    {
        var p = FinePattern(64, 32);
        Assert.Equal([64, 32, 16, 8, 4, 2], p.Levels.Select(l => l.Width));
        Assert.All(p.Levels.Skip(1), l => Assert.All(l.Rgba.Where((_, i) => i % 4 != 3), b => Assert.InRange(b, (byte)127, (byte)128)));
    }

    [Fact]
    public void Render_ReducedFinePattern_IsEvenGreyNotAliased()
    {
        using var temp = new TempDirectory();
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 120, 20, -70);
        var photo = new WarpPhoto("fine", geo.LocalToPixel, geo.Frame, 1200, 800, 120, "pose", _ => FinePattern(1200, 800));
        var store = new DirectoryPyramidStore(temp.Path, TileFormat.Png);
        new MosaicTiler(TileGrid.WebMercator).Render([photo], new ZoomRange(16, 17), store);
        var values = PyramidPixels.Read(temp.Path, 16).SelectMany(t => Enumerable.Range(0, 256 * 256).Where(i => t.Rgba[(i * 4) + 3] == 255).Select(i => (double)t.Rgba[i * 4])).ToList();
        Assert.NotEmpty(values);
        var mean = values.Average();
        var sd = Math.Sqrt(values.Average(v => (v - mean) * (v - mean)));
        Assert.InRange(mean, 120, 136);
        Assert.True(sd < 6, $"grey level spread {sd:0.0} (aliasing would give ~100)");
    }

    [Fact]
    public void Kernel_AgreesWithTheReferenceSampler()
    {
        using var temp = new TempDirectory();
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 80, 60, -50);
        var png = Path.Combine(temp.Path, "o.png");
        SyntheticPhoto.Render(geo, png);
        var photo = SyntheticPhoto.ToWarp(geo, png, "o");
        var pixels = MipPyramid.Decode(png);
        var grid = TileGrid.WebMercator;
        var worst = 0;
        Span<float> rgba = stackalloc float[4];
        foreach (var tile in grid.TilesCovering(photo.FootprintLonLat, 18))
        {
            var blocks = TileProjection.Project(grid, tile, photo, 32, null, null, out _);
            var fast = new byte[256 * 256 * 4];
            SinglePhotoKernel.Draw(blocks, photo, pixels, fast, 256);
            foreach (var b in blocks)
            {
                for (var y = b.Y0; y < b.Y0 + b.Size; y += 7)
                {
                    for (var x = b.X0; x < b.X0 + b.Size; x += 7)
                    {
                        var s = b.Evaluate(x + 0.5, y + 0.5);
                        var o = ((y * 256) + x) * 4;
                        if (s.Alpha <= 0)
                        {
                            Assert.Equal(0, fast[o + 3]);
                            continue;
                        }

                        MipSampler.Sample(pixels, s.Column, s.Row, s.Scale, rgba);
                        for (var c = 0; c < 4; c++)
                        {
                            worst = Math.Max(worst, Math.Abs(fast[o + c] - (int)Math.Round(rgba[c] * s.Alpha)));
                        }
                    }
                }
            }
        }

        Assert.True(worst <= 2, $"largest difference {worst} levels");
    }

    [Fact]
    public void Decode_Scaled_IsAQuarterTheSize()
    {
        using var temp = new TempDirectory();
        var geo = SyntheticPhoto.Georeference(SyntheticPhoto.Site, 120, 0, -90);
        var png = Path.Combine(temp.Path, "n.png");
        SyntheticPhoto.Render(geo, png);
        using var jpeg = SkiaSharp.SKBitmap.Decode(png);
        var jpg = Path.Combine(temp.Path, "n.jpg");
        using (var data = jpeg.Encode(SkiaSharp.SKEncodedImageFormat.Jpeg, 90))
        {
            File.WriteAllBytes(jpg, data.ToArray());
        }

        var p = MipPyramid.Decode(jpg, 4);
        Assert.Equal((4, 300, 200), (p.DecodeScale, p.Levels[0].Width, p.Levels[0].Height));
        var photo = SyntheticPhoto.ToWarp(geo, jpg, "n");
        var tiler = new MosaicTiler(TileGrid.WebMercator);
        Assert.Equal(1, tiler.DecodeScale(photo, 20));
        Assert.Equal(4, tiler.DecodeScale(photo, 18));
        Assert.Equal(8, tiler.DecodeScale(photo, 17));
    }
}
