using System.Globalization;
using System.Text.Json;
using ProjectMap.Geodesy.ChinaOffsets;

namespace ProjectMap.Web.Tests.Frontend;

/// <summary>
/// The viewer's JavaScript GCJ-02 port (display shift for Gaode basemaps) against the published vectors of
/// ../shared/vectors/README.md (tolerance 1e-6°) and against ProjectMap.Geodesy.ChinaOffsets.Gcj02 on a grid over China.
/// </summary>
public sealed class Gcj02PortTests
{
    private static JsonElement Run(IEnumerable<(double Lon, double Lat)> points) =>
        NodeScript.Run("gcj02-points.mjs", JsonSerializer.Serialize(points.Select(p => new[] { p.Lon, p.Lat })));

    [Fact]
    public void WgsToGcj_PublishedVectors_WithinOneMicrodegree()
    {
        // (wgs lon, wgs lat, gcj lon, gcj lat): eviltransform's Shanghai, Shenzhen, Beijing; coordtransform's (116.404, 39.915).
        var vectors = new[]
        {
            (121.5272106, 31.1774276, 121.531541859215, 31.17530398364597),
            (113.912316, 22.543847, 113.9171764808363, 22.540796131694766),
            (116.377817, 39.911954, 116.38404722455657, 39.91334545536069),
            (116.404, 39.915, 116.41024449916938, 39.91640428150164),
        };

        var results = Run(vectors.Select(v => (v.Item1, v.Item2)));

        for (var i = 0; i < vectors.Length; i++)
        {
            var gcj = results[i].GetProperty("toGcj");
            Assert.InRange(gcj[0].GetDouble(), vectors[i].Item3 - 1e-6, vectors[i].Item3 + 1e-6);
            Assert.InRange(gcj[1].GetDouble(), vectors[i].Item4 - 1e-6, vectors[i].Item4 + 1e-6);
        }
    }

    [Fact]
    public void BothDirections_GridOverChinaAndOutside_MatchTheCSharpImplementationTo1e9Degrees()
    {
        var points = new List<(double Lon, double Lat)>();
        for (var lon = 70.0; lon <= 138.0; lon += 2.5)
        {
            for (var lat = 2.0; lat <= 56.0; lat += 2.5)
            {
                points.Add((lon, lat));
            }
        }

        points.Add((119.8444078, 31.7076914));
        var results = Run(points);

        for (var i = 0; i < points.Count; i++)
        {
            var (lon, lat) = points[i];
            var expectedGcj = Gcj02.FromWgs84(lon, lat);
            var expectedWgs = Gcj02.ToWgs84(lon, lat);
            var gcj = results[i].GetProperty("toGcj");
            var wgs = results[i].GetProperty("toWgs");
            var where = string.Create(CultureInfo.InvariantCulture, $"({lon}, {lat})");
            Assert.True(Math.Abs(gcj[0].GetDouble() - expectedGcj.LongitudeDeg) < 1e-9 && Math.Abs(gcj[1].GetDouble() - expectedGcj.LatitudeDeg) < 1e-9, "toGcj " + where);
            Assert.True(Math.Abs(wgs[0].GetDouble() - expectedWgs.LongitudeDeg) < 1e-9 && Math.Abs(wgs[1].GetDouble() - expectedWgs.LatitudeDeg) < 1e-9, "toWgs " + where);
        }
    }
}
