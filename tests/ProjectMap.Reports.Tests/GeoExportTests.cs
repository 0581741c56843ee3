using System.Text.Json;
using System.Xml.Linq;
using ProjectMap.Testing;

namespace ProjectMap.Reports.Tests;

/// <summary>The demo's December 2023 GeoJSON and KML opened with GDAL's ogrinfo and read back.</summary>
[Collection(SampleReportCollection.Name)]
public sealed class GeoExportTests(SampleReportFixture sample)
{
    [Fact]
    public void ProjectsGeoJson_Ogrinfo_OpensSixPolygonsInWgs84()
    {
        var info = Ogrinfo("-ro", "-so", "-al", sample.File("projects-2023-12.geojson"));

        Assert.Contains("Feature Count: 6", info, StringComparison.Ordinal);
        Assert.Contains("Polygon", info, StringComparison.Ordinal);
        Assert.Contains("WGS 84", info, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectsGeoJson_Properties_CarryTheMonthsFiguresFromTheLedger()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(sample.File("projects-2023-12.geojson")));
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        var asOf = Domain.Time.DistrictTime.EndOf(SampleReportFixture.Month);
        Assert.Equal(sample.Projects.Count, features.Count);
        foreach (var p in sample.Projects)
        {
            var properties = features.Select(f => f.GetProperty("properties")).Single(x => x.GetProperty("code").GetString() == p.Code.Value);
            var ledger = sample.Ledgers[p.Code];
            var returns = ledger.InvestmentAsOf(asOf).Where(e => e.Month <= SampleReportFixture.Month).ToList();
            Assert.Equal(p.NameZh, properties.GetProperty("name").GetString());
            Assert.Equal("2023-12", properties.GetProperty("month").GetString());
            Assert.Equal(p.PlannedInvestmentWan, properties.GetProperty("totalInvestmentWan").GetDecimal());
            Assert.Equal(returns.Sum(e => e.AmountWan), properties.GetProperty("cumulativeInvestmentWan").GetDecimal());
            Assert.Equal(returns.Where(e => e.Month == SampleReportFixture.Month).Sum(e => e.AmountWan), properties.GetProperty("monthInvestmentWan").GetDecimal());
            Assert.Contains(properties.GetProperty("statusLabel").GetString(), new[] { "正常", "预警", "滞后" });
        }
    }

    [Fact]
    public void PhotosGeoJson_Ogrinfo_OpensTheMonthsFootprints()
    {
        var info = Ogrinfo("-ro", "-so", "-al", sample.File("photos-2023-12.geojson"));

        // The sample has December 2023 photos of four projects.
        Assert.Contains("Feature Count: 4", info, StringComparison.Ordinal);
    }

    [Fact]
    public void Kml_Ogrinfo_OpensTheProjectsAndFootprintsFolders()
    {
        var layers = Ogrinfo("-ro", "-q", sample.File("monthly-report-2023-12.kml"));
        Assert.Contains("重点项目", layers, StringComparison.Ordinal);
        Assert.Contains("本月航拍范围", layers, StringComparison.Ordinal);

        var projects = Ogrinfo("-ro", "-so", sample.File("monthly-report-2023-12.kml"), "重点项目");
        Assert.Contains("Feature Count: 6", projects, StringComparison.Ordinal);
        var photos = Ogrinfo("-ro", "-so", sample.File("monthly-report-2023-12.kml"), "本月航拍范围");
        Assert.Contains("Feature Count: 4", photos, StringComparison.Ordinal);
    }

    [Fact]
    public void Kml_Placemarks_NameEveryProject()
    {
        var kml = XDocument.Load(sample.File("monthly-report-2023-12.kml"));
        XNamespace ns = "http://www.opengis.net/kml/2.2";
        var names = kml.Descendants(ns + "Placemark").Select(p => (string?)p.Element(ns + "name") ?? string.Empty).ToList();
        foreach (var p in sample.Projects)
        {
            Assert.Contains(names, n => n.Contains(p.NameZh, StringComparison.Ordinal));
        }

        Assert.Equal(sample.Projects.Count + 4, names.Count);
    }

    private static string Ogrinfo(params string[] args)
    {
        var (code, output, error) = ExternalTool.Run("ogrinfo", args);
        Assert.True(code == 0, $"ogrinfo exited {code}: {error}");
        return output;
    }
}
