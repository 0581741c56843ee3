using System.Net;
using System.Text.Json;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Ogc;

/// <summary>OGC API – Features on a real server: JSON documents, paging, bbox, and GDAL's own OAPIF driver reading it.</summary>
public sealed class OgcApiTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private ViewerServerFixture Server => fixture.Server;

    private Task<JsonElement> GetAsync(string path, HttpStatusCode expected = HttpStatusCode.OK) => Server.JsonAsLeaderAsync(path, expected);

    private static IEnumerable<string> Rels(JsonElement doc) => doc.GetProperty("links").EnumerateArray().Select(l => l.GetProperty("rel").GetString()!);

    [Fact]
    public async Task LandingConformanceCollections_HaveTheRequiredLinksAndClasses()
    {
        var landing = await GetAsync("/ogc");
        var conformance = await GetAsync("/ogc/conformance");
        var collections = await GetAsync("/ogc/collections");
        var api = await GetAsync("/ogc/api");

        Assert.Superset(new HashSet<string> { "self", "service-desc", "conformance", "data" }, Rels(landing).ToHashSet());
        Assert.Contains(conformance.GetProperty("conformsTo").EnumerateArray(), c => c.GetString() == "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson");
        var projects = collections.GetProperty("collections")[0];
        Assert.Equal("projects", projects.GetProperty("id").GetString());
        var bbox = projects.GetProperty("extent").GetProperty("spatial").GetProperty("bbox")[0];
        Assert.InRange(bbox[0].GetDouble(), 119.84, 119.85);
        Assert.Equal("3.0.3", api.GetProperty("openapi").GetString());
    }

    [Fact]
    public async Task Items_LimitTwo_PagesWithNextAndPrevLinks()
    {
        var first = await GetAsync("/ogc/collections/projects/items?limit=2");
        var next = first.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        var second = await GetAsync(new Uri(next).PathAndQuery);
        var last = await GetAsync("/ogc/collections/projects/items?limit=2&offset=4");

        Assert.Equal(6, first.GetProperty("numberMatched").GetInt32());
        Assert.Equal(2, first.GetProperty("numberReturned").GetInt32());
        Assert.Equal(["WJ2023-001", "WJ2023-002"], first.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal(["WJ2023-003", "WJ2023-004"], second.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Contains("prev", Rels(second));
        Assert.DoesNotContain("next", Rels(last));
    }

    [Fact]
    public async Task Items_Bbox_ReturnsOnlyParcelsIntersectingIt()
    {
        // Around 常州科教城: WJ2023-002 (hydrogen) and WJ2023-004 (PV carport).
        var items = await GetAsync("/ogc/collections/projects/items?bbox=119.950,31.683,119.958,31.690");

        Assert.Equal(["WJ2023-002", "WJ2023-004"], items.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
        Assert.Equal("常州科教城", items.GetProperty("features")[0].GetProperty("properties").GetProperty("park").GetString());
    }

    [Fact]
    public async Task Photos_Collection_HasSpatialAndTemporalExtentAndItemsLinkTheirOriginals()
    {
        var collection = await GetAsync("/ogc/collections/photos");
        var items = await GetAsync("/ogc/collections/photos/items");

        Assert.Equal("photos", collection.GetProperty("id").GetString());
        var interval = collection.GetProperty("extent").GetProperty("temporal").GetProperty("interval")[0];
        Assert.Equal("2023-10-16T02:00:00Z", interval[0].GetString());
        Assert.Equal("2023-12-18T01:30:00Z", interval[1].GetString());
        Assert.Equal(6, items.GetProperty("numberMatched").GetInt32());
        var feature = items.GetProperty("features")[0];
        Assert.Equal("Polygon", feature.GetProperty("geometry").GetProperty("type").GetString());
        Assert.Equal("2023-10", feature.GetProperty("properties").GetProperty("month").GetString());
        Assert.Equal("WJ2023-001", feature.GetProperty("properties").GetProperty("project_code").GetString());
        var enclosure = feature.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "enclosure").GetProperty("href").GetString()!;
        using var client = new ViewerClient(Server.BaseUrl);
        var original = await client.GetWithBasicAsync(new Uri(enclosure).PathAndQuery, "leader");
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("month=2023-12", 3)]
    [InlineData("month=2023-12&project=WJ2023-001", 1)]
    [InlineData("datetime=2023-11-01/2023-11-30", 2)]
    [InlineData("datetime=2023-12-15", 1)]
    [InlineData("datetime=2023-12-15T02:30:00Z", 1)]
    [InlineData("datetime=../2023-10-31", 1)]
    [InlineData("datetime=2023-12-01T00:00:00%2B08:00/..", 3)]
    [InlineData("bbox=119.9290,31.6590,119.9310,31.6610", 1)]
    [InlineData("bbox=119.9290,31.6590,119.9310,31.6610&month=2023-11", 0)]
    public async Task Photos_Items_FilteredByMonthProjectDatetimeAndBbox(string query, int expected)
    {
        var items = await GetAsync("/ogc/collections/photos/items?" + query);

        Assert.Equal(expected, items.GetProperty("numberMatched").GetInt32());
    }

    [Fact]
    public async Task Photos_Items_PagingKeepsTheFilters()
    {
        var first = await GetAsync("/ogc/collections/photos/items?month=2023-12&limit=2");
        var next = first.GetProperty("links").EnumerateArray().Single(l => l.GetProperty("rel").GetString() == "next").GetProperty("href").GetString()!;
        var second = await GetAsync(new Uri(next).PathAndQuery);

        Assert.Contains("month=2023-12", next, StringComparison.Ordinal);
        Assert.Equal(1, second.GetProperty("numberReturned").GetInt32());
        Assert.Equal(3, second.GetProperty("numberMatched").GetInt32());
    }

    [Theory]
    [InlineData("/ogc/collections/photos/items?datetime=yesterday")]
    [InlineData("/ogc/collections/photos/items?datetime=2023-12-31/2023-12-01")]
    [InlineData("/ogc/collections/photos/items?month=2023-13")]
    [InlineData("/ogc/collections/projects/items?month=2023-12")]
    [InlineData("/ogc/collections/projects/items?bbox=1,2,3")]
    [InlineData("/ogc/collections/projects/items?bbox=a,b,c,d")]
    [InlineData("/ogc/collections/projects/items?limit=0")]
    [InlineData("/ogc/collections/projects/items?bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4549")]
    public async Task Items_BadParameters_Return400(string path) => await GetAsync(path, HttpStatusCode.BadRequest);

    [Fact]
    public async Task UnknownCollectionOrFeature_Returns404()
    {
        await GetAsync("/ogc/collections/buildings", HttpStatusCode.NotFound);
        await GetAsync("/ogc/collections/projects/items/NOPE", HttpStatusCode.NotFound);
        await GetAsync("/ogc/collections/photos/items/NOPE", HttpStatusCode.NotFound);
        var one = await GetAsync("/ogc/collections/projects/items/WJ2023-001");
        Assert.Equal(50000, one.GetProperty("properties").GetProperty("planned_investment_wan").GetDouble());
    }

    [Fact]
    public void Ogrinfo_OapifWithBasicAuthAndSmallPages_ReadsEveryProjectThroughNextLinks()
    {
        var env = new Dictionary<string, string> { ["GDAL_HTTP_AUTH"] = "BASIC", ["GDAL_HTTP_USERPWD"] = $"leader:{ViewerServerFixture.Password}" };

        var (code, output, error) = ExternalProgram.Run("ogrinfo", env, "-ro", "-al", "-oo", "PAGE_SIZE=2", $"OAPIF:{Server.BaseUrl}/ogc", "projects");

        Assert.True(code == 0, error + output);
        Assert.Contains("Geometry: Multi Polygon", output, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 6", output, StringComparison.Ordinal);
        foreach (var c in new[] { "WJ2023-001", "WJ2023-002", "WJ2023-003", "WJ2023-004", "WJ2023-005", "WJ2023-006" })
        {
            Assert.Contains($"code (String) = {c}", output, StringComparison.Ordinal);
        }

        Assert.Contains("name (String) = 鑫奇航智能装备制造项目", output, StringComparison.Ordinal);
        Assert.Contains("MULTIPOLYGON (((119.8444078 31.7076914", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_SpatialFilter_AsksTheServerWithBbox()
    {
        var env = new Dictionary<string, string> { ["GDAL_HTTP_AUTH"] = "BASIC", ["GDAL_HTTP_USERPWD"] = $"leader:{ViewerServerFixture.Password}" };

        var (code, output, error) = ExternalProgram.Run("ogrinfo", env, "-ro", "-q", "-spat", "119.950", "31.683", "119.958", "31.690", $"OAPIF:{Server.BaseUrl}/ogc", "projects");

        Assert.True(code == 0, error + output);
        Assert.Contains("code (String) = WJ2023-002", output, StringComparison.Ordinal);
        Assert.Contains("code (String) = WJ2023-004", output, StringComparison.Ordinal);
        Assert.DoesNotContain("code (String) = WJ2023-001", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_PhotosCollection_ReadsFootprintsWithTheirProperties()
    {
        var env = new Dictionary<string, string> { ["GDAL_HTTP_AUTH"] = "BASIC", ["GDAL_HTTP_USERPWD"] = $"leader:{ViewerServerFixture.Password}" };

        var (code, output, error) = ExternalProgram.Run("ogrinfo", env, "-ro", "-al", "-oo", "PAGE_SIZE=4", $"OAPIF:{Server.BaseUrl}/ogc", "photos");

        Assert.True(code == 0, error + output);
        Assert.Contains("Geometry: Polygon", output, StringComparison.Ordinal);
        Assert.Contains("Feature Count: 6", output, StringComparison.Ordinal);
        Assert.Contains("project_code (String) = WJ2023-003", output, StringComparison.Ordinal);
        Assert.Contains("month (String) = 2023-11", output, StringComparison.Ordinal);
        Assert.Contains("POLYGON ((119.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ogrinfo_WithoutCredentials_Refused()
    {
        var (code, output, error) = ExternalProgram.Run("ogrinfo", null, "-ro", "-so", $"OAPIF:{Server.BaseUrl}/ogc", "projects");

        Assert.NotEqual(0, code);
        Assert.Contains("401", error + output, StringComparison.Ordinal);
    }
}
