using ProjectMap.Application.Benchmarks;
using ProjectMap.Domain.Time;
using ProjectMap.Rendering.Maps;
using ProjectMap.Rendering.Maps.Benchmarks;
using ProjectMap.Rendering.Maps.Labels;
using ProjectMap.Rendering.Output;
using ProjectMap.Testing;
using SkiaSharp;

namespace ProjectMap.Rendering.Tests.Maps;

public sealed class EdgeCaseMapTests
{
    private static readonly YearMonth December = new(2023, 12);

    [Theory]
    [InlineData(MapOverlay.Completion)]
    [InlineData(MapOverlay.Investment)]
    [InlineData(MapOverlay.Status)]
    public void Write_NoProjects_SaysSoWithFurniture(MapOverlay overlay)
    {
        using var dir = new TempDirectory();
        using var data = SyntheticMapData.Create(0, 1, December);
        var request = new MapRequest { Month = December, Overlay = overlay, Page = MapPage.Paper("A4", PageOrientation.Landscape, 150) };
        var pdf = dir.Combine("empty.pdf");
        var result = MapFileWriter.Write(pdf, data, request);
        Assert.Null(result.Viewport);
        Assert.Empty(result.Labels);
        var text = PdfText.Of(pdf);
        Assert.Contains("暂无可上图的项目", text, StringComparison.Ordinal);
        Assert.Contains("图例", text, StringComparison.Ordinal);
        Assert.Contains("审图号", text, StringComparison.Ordinal);

        var png = dir.Combine("empty.png");
        MapFileWriter.Write(png, data, request);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(1754, bitmap.Width);
    }

    [Fact]
    public void Write_VeryLongName_LabelWrapsAndTableTruncatesWithinTheSheet()
    {
        using var dir = new TempDirectory();
        var longName = string.Concat(Enumerable.Repeat("常州市武进区西太湖科技产业园高端智能装备制造与新能源汽车关键零部件研发生产基地", 3)) + "项目";
        var projects = new SyntheticDistrict(SyntheticDistrict.WujinArea).Projects(3, 7).ToList();
        projects[0] = projects[0] with { NameZh = longName };
        using var data = MapData.FromProjects(projects, SyntheticMapData.Statuses(projects, 7, December), DateTimeOffset.UnixEpoch);
        var request = new MapRequest { Month = December, Page = MapPage.Paper("A4", PageOrientation.Landscape, 150) };
        var pdf = dir.Combine("long.pdf");
        var result = MapFileWriter.Write(pdf, data, request);
        AssertLabelsApart(result);
        var text = PdfText.Of(pdf);
        Assert.Contains(longName[..20], text, StringComparison.Ordinal);
        Assert.Contains("…", text, StringComparison.Ordinal);
        var label = result.Labels.Single(l => l.Id == 1);
        Assert.NotEqual(LabelKind.Omitted, label.Kind);
        Assert.True(label.Box.Width < result.Layout.MapFrame.Width / 2, "the long name wraps instead of running across the map");
    }

    [Fact]
    public void Render_TwoHundredProjects_LabelsNeverOverlapAndStayInTheFrame()
    {
        using var data = SyntheticMapData.Create(200, 20231201, December);
        foreach (var overlay in new[] { MapOverlay.Completion, MapOverlay.Investment })
        {
            var request = new MapRequest { Month = December, Overlay = overlay, Page = MapPage.Paper("A3", PageOrientation.Landscape, 100) };
            var (image, result) = MapFileWriter.RenderRaster(data, request);
            image.Dispose();
            Assert.Equal(200, result.Labels.Count);
            AssertLabelsApart(result);
            Assert.True(result.Labels.Count(l => l.Kind != LabelKind.Omitted) >= 100, $"{result.OmittedLabels} of 200 labels omitted");
        }
    }

    [Fact]
    public void Parse_Sizes_PaperAndPixels()
    {
        var a3 = MapPage.Parse("A3", 300, null);
        Assert.Equal((4961, 3508), (a3.WidthPx, a3.HeightPx));
        var a4p = MapPage.Parse("a4", 150, PageOrientation.Portrait);
        Assert.Equal((1240, 1754), (a4p.WidthPx, a4p.HeightPx));
        var px = MapPage.Parse("1600x900", 96, null);
        Assert.Equal((1600, 900), (px.WidthPx, px.HeightPx));
        Assert.Throws<FormatException>(() => MapPage.Parse("B5", 150, null));
        Assert.Throws<FormatException>(() => MapPage.Parse("100x100", 150, null));
        Assert.Throws<FormatException>(() => MapPage.Parse("A3", 5000, null));
    }

    [Fact]
    public void PngDensity_RoundTrip_300Dpi()
    {
        using var surface = SKSurface.Create(new SKImageInfo(8, 8));
        using var image = surface.Snapshot();
        var png = MapFileWriter.EncodePng(image, 300);
        Assert.Equal(300, PngDensity.ReadDpi(png)!.Value, 0.05);
        using var decoded = SKBitmap.Decode(png);
        Assert.Equal(8, decoded.Width);

        // The chunk itself, read by the PNG spec: right after IHDR (8-byte signature + 25-byte IHDR chunk), length 9,
        // 300 dpi = 11811 pixels per metre in x and y, unit 1 = metre.
        Assert.Equal("pHYs", System.Text.Encoding.ASCII.GetString(png, 33 + 4, 4));
        Assert.Equal(9u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(33)));
        Assert.Equal(11811u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(41)));
        Assert.Equal(11811u, System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(45)));
        Assert.Equal(1, png[49]);
    }

    private static void AssertLabelsApart(MapRenderResult result)
    {
        var boxes = result.Labels.Where(l => l.Kind != LabelKind.Omitted).Select(l => l.Box).ToList();
        var frame = result.Layout.MapFrame;
        foreach (var box in boxes)
        {
            Assert.True(frame.Contains(box), $"label {box} leaves the map frame {frame}");
        }

        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].IntersectsWith(boxes[j]), $"labels {boxes[i]} and {boxes[j]} overlap");
            }
        }
    }
}
