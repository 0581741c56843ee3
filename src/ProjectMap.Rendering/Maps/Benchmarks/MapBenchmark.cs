using System.Diagnostics;
using ProjectMap.Application.Benchmarks;
using ProjectMap.Domain.Time;
using ProjectMap.Rendering.Output;

namespace ProjectMap.Rendering.Maps.Benchmarks;

/// <summary>
/// Times a district map of synthetic projects: drawing the whole sheet onto a raster canvas (layout, overlay, label
/// placement, legend, table; no imagery) beside PNG-encoding the same finished canvas alone, each repeated and
/// summarised as percentiles, with the PNG's size (and the PNG itself when asked, to look at).
/// </summary>
public static class MapBenchmark
{
    /// <summary>Runs <paramref name="runs"/> timed renders and encodes (after one untimed warm-up of each).</summary>
    public static MapBenchmarkResult Run(int projects, MapPage page, MapOverlay overlay, int runs, int seed) => Run(projects, page, overlay, runs, seed, null);

    /// <summary>As <see cref="Run(int, MapPage, MapOverlay, int, int)"/>, also writing the last PNG to <paramref name="savePath"/> when given.</summary>
    public static MapBenchmarkResult Run(int projects, MapPage page, MapOverlay overlay, int runs, int seed, string? savePath)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        var month = new YearMonth(2023, 12);
        using var data = SyntheticMapData.Create(projects, seed, month);
        var request = new MapRequest { Month = month, Overlay = overlay, Page = page, AreaName = "武进区" };
        var render = new List<double>();
        var encode = new List<double>();
        MapRenderResult? last = null;
        var pngBytes = 0;
        for (var i = 0; i <= runs; i++)
        {
            var clock = Stopwatch.StartNew();
            var (image, result) = MapFileWriter.RenderRaster(data, request);
            var renderMs = clock.Elapsed.TotalMilliseconds;
            using (image)
            {
                clock.Restart();
                var png = MapFileWriter.EncodePng(image, page.Dpi);
                var encodeMs = clock.Elapsed.TotalMilliseconds;
                pngBytes = png.Length;
                if (i == runs && savePath is not null)
                {
                    File.WriteAllBytes(savePath, png);
                }
                if (i > 0)
                {
                    render.Add(renderMs);
                    encode.Add(encodeMs);
                }
            }

            last = result;
        }

        return new MapBenchmarkResult(projects, page, overlay, LatencySummary.Of(render), LatencySummary.Of(encode), pngBytes, last!.Labels.Count, last.OmittedLabels);
    }
}
