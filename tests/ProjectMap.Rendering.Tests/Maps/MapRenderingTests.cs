using ProjectMap.Domain.Projects;
using ProjectMap.Domain.Time;
using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Output;
using ProjectMap.Testing;
using SkiaSharp;

namespace ProjectMap.Rendering.Tests.Maps;

[Collection(SampleDistrictCollection.Name)]
public sealed class MapRenderingTests(SampleDistrictFixture district)
{
    private static readonly YearMonth December = new(2023, 12);

    private static readonly string[] SampleNames =
    [
        "鑫奇航智能装备制造项目", "江苏常氢科技氢能装备项目", "武进高新区厂房屋顶0.88MW分布式光伏改造项目",
        "科教城54kW光伏车棚项目", "武进经开区印染企业余热回收节能改造项目", "西太湖园区空压机余热回收改造项目",
    ];

    [Fact]
    public async Task Render_DistrictCompletionMap_MatchesReference()
    {
        var request = new MapRequest { Month = December, Overlay = MapOverlay.Completion, AreaName = "武进区", Page = MapPage.Pixels(1400, 990, 110) };
        using var data = await district.LoadAsync(request);
        ImageComparison.AssertMatchesReference(Png(data, request), "district-completion-2023-12.png");
    }

    [Fact]
    public async Task Render_DistrictInvestmentMap_MatchesReference()
    {
        var request = new MapRequest { Month = December, Overlay = MapOverlay.Investment, AreaName = "武进区", Page = MapPage.Pixels(1400, 990, 110) };
        using var data = await district.LoadAsync(request);
        ImageComparison.AssertMatchesReference(Png(data, request), "district-investment-2023-12.png");
    }

    [Fact]
    public async Task Render_ProjectStatusMapWithPhotoInEnglish_MatchesReference()
    {
        var request = new MapRequest { Month = December, Overlay = MapOverlay.Status, Project = ProjectCode.Parse("WJ2023-001"), English = true, Page = MapPage.Pixels(1400, 990, 110) };
        using var data = await district.LoadAsync(request);
        Assert.NotEmpty(data.Imagery);
        ImageComparison.AssertMatchesReference(Png(data, request), "project-WJ2023-001-status-en.png");
    }

    [Fact]
    public async Task Demo_WritesCompletionAndInvestmentMaps()
    {
        foreach (var name in new[] { "completion-2023-12.png", "completion-2023-12.pdf", "investment-2023-12.png", "investment-2023-12.pdf" })
        {
            var path = Path.Combine(district.Directory, "maps", name);
            Assert.True(File.Exists(path), $"the demo did not write {path}:\n{district.DemoOutput}");
        }

        var png = await File.ReadAllBytesAsync(Path.Combine(district.Directory, "maps", "completion-2023-12.png"));
        Assert.Equal(150, PngDensity.ReadDpi(png)!.Value, 1);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((2480, 1754), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public async Task WritePdf_SampleDistrict_TextExtractableAndFontsEmbedded()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("completion.pdf");
        var request = new MapRequest { Month = December, AreaName = "武进区", Page = MapPage.Paper("A3", PageOrientation.Landscape, 150) };
        using (var data = await district.LoadAsync(request))
        {
            MapFileWriter.Write(path, data, request);
        }

        var flat = PdfText.Of(path);
        Assert.Contains("武进区重点项目建设进度图", flat, StringComparison.Ordinal);
        Assert.Contains("审图号", flat, StringComparison.Ordinal);
        foreach (var name in SampleNames)
        {
            Assert.Contains(name, flat, StringComparison.Ordinal);
        }

        var (fcode, fonts, ferror) = ExternalTool.Run("pdffonts", path);
        Assert.True(fcode == 0, ferror);
        var rows = fonts.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        Assert.NotEmpty(rows);
        // One embedded, subset CID TrueType font with a ToUnicode map (emb yes, sub yes, uni yes): no Type 3 glyph fonts.
        Assert.All(rows, row => Assert.Matches(@"WenQuanYi\S*\s+CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", row));
    }

    [Fact]
    public async Task WriteSvg_SampleDistrict_TextAsText()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("investment.svg");
        var request = new MapRequest { Month = December, Overlay = MapOverlay.Investment, Page = MapPage.Paper("A4", PageOrientation.Landscape, 150) };
        using (var data = await district.LoadAsync(request))
        {
            MapFileWriter.Write(path, data, request);
        }

        var svg = await File.ReadAllTextAsync(path);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.Contains("<text", svg, StringComparison.Ordinal);
        Assert.Contains("<image", svg, StringComparison.Ordinal);
        Assert.Contains("重点项目投资完成情况图", svg.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A4", 150, 1754, 1240)]
    [InlineData("A4", 300, 3508, 2480)]
    [InlineData("A3", 150, 2480, 1754)]
    public async Task WritePng_PaperSizes_PixelSizeAndDensity(string size, double dpi, int width, int height)
    {
        var request = new MapRequest { Month = December, Page = MapPage.Parse(size, dpi, null), Imagery = false };
        using var data = await district.LoadAsync(request);
        var png = Png(data, request);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        Assert.Equal(dpi, PngDensity.ReadDpi(png)!.Value, 1);
    }

    [Fact]
    public async Task ScaleBar_KnownGroundDistance_MeasuresTheRightPixels()
    {
        var request = new MapRequest { Month = December, Page = MapPage.Paper("A3", PageOrientation.Landscape, 150), Imagery = false };
        using var data = await district.LoadAsync(request);
        var (image, result) = MapFileWriter.RenderRaster(data, request);
        using var _ = image;
        var viewport = result.Viewport!;
        var bar = result.ScaleBar!;

        // A known ground distance: along the parallel through the map's centre, an arc of the bar's length on the
        // CGCS2000 ellipsoid (a = 6378137 m, f = 1/298.257222101) spans Δλ = s / (N cos φ). Over a few kilometres the
        // parallel arc and the geodesic differ by well under a millimetre.
        const double a = 6378137.0;
        const double f = 1 / 298.257222101;
        var e2 = f * (2 - f);
        var phi = viewport.Centre.LatitudeDeg * Math.PI / 180;
        var n = a / Math.Sqrt(1 - (e2 * Math.Sin(phi) * Math.Sin(phi)));
        var dLonDeg = bar.GroundMetres / (n * Math.Cos(phi)) * 180 / Math.PI;
        var west = viewport.LonLatToCanvas(viewport.Centre.LongitudeDeg - (dLonDeg / 2), viewport.Centre.LatitudeDeg);
        var east = viewport.LonLatToCanvas(viewport.Centre.LongitudeDeg + (dLonDeg / 2), viewport.Centre.LatitudeDeg);
        var groundPixels = SKPoint.Distance(west, east);
        Assert.Equal(groundPixels, bar.LengthUnits, 0.5);

        // The same distance from the print scale alone: 1 : denominator in grid metres, 150 px per inch.
        var printPixels = bar.GroundMetres * viewport.PointScaleAtCentre / viewport.ScaleDenominator * 1000 * (150 / 25.4);
        Assert.Equal(printPixels, bar.LengthUnits, 0.5);

        // And on the image: the dark bar's ends along its middle row.
        using var bitmap = SKBitmap.FromImage(image);
        var row = (int)Math.Round(bar.Bar.MidY);
        var dark = Enumerable.Range((int)bar.Bar.Left - 4, (int)bar.Bar.Width + 8).Where(x => bitmap.GetPixel(x, row).Red < 100).ToList();
        Assert.NotEmpty(dark);
        Assert.Equal(bar.LengthUnits, dark.Max() - dark.Min() + 1, 2.0);
    }

    [Fact]
    public async Task Render_ProjectWithNoPhotos_SaysSoAndDrawsNoImagery()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("p4.pdf");
        var request = new MapRequest { Month = December, Project = ProjectCode.Parse("WJ2023-004"), Page = MapPage.Paper("A4", PageOrientation.Landscape, 150) };
        using (var data = await district.LoadAsync(request))
        {
            var result = MapFileWriter.Write(path, data, request);
            Assert.Empty(result.Warnings);
            Assert.NotNull(result.Viewport);
            Assert.True(result.Viewport!.ScaleDenominator <= 5000, $"a project map of a 1.8 亩 parcel at 1:{result.Viewport.ScaleDenominator}");
        }

        var flat = PdfText.Of(path);
        Assert.Contains("截至本月无航拍影像", flat, StringComparison.Ordinal);
        Assert.Contains("科教城54kW光伏车棚项目", flat, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draw_EmbeddedInPdfPage_DrawsMapWithoutSheetTitle()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("cover.pdf");
        var request = new MapRequest { Month = December, Overlay = MapOverlay.Investment, AreaName = "武进区" };
        using (var data = await district.LoadAsync(request))
        using (var stream = File.Create(path))
        using (var document = SKDocument.CreatePdf(stream)!)
        {
            // An A4 portrait cover with the map in a 180 × 150 mm box below its own title.
            var canvas = document.BeginPage(595, 842);
            var rect = SKRect.Create(15 * MapRenderer.PointsPerMm, 80 * MapRenderer.PointsPerMm, 180 * MapRenderer.PointsPerMm, 150 * MapRenderer.PointsPerMm);
            var result = MapRenderer.Draw(canvas, rect, data, request);
            Assert.True(rect.Contains(result.Layout.MapFrame), "the map frame lies inside the given rectangle");
            Assert.True(rect.Contains(result.Layout.Panel), "the legend panel lies inside the given rectangle");
            document.EndPage();
            document.Close();
        }

        var flat = PdfText.Of(path);
        Assert.Contains("鑫奇航智能装备制造项目", flat, StringComparison.Ordinal);
        Assert.Contains("图例", flat, StringComparison.Ordinal);
        Assert.DoesNotContain("重点项目投资完成情况图", flat, StringComparison.Ordinal);
    }

    private static byte[] Png(MapData data, MapRequest request)
    {
        using var stream = new MemoryStream();
        MapFileWriter.Write(stream, MapFileFormat.Png, data, request);
        return stream.ToArray();
    }
}
