using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using ProjectMap.Application.Storage;
using ProjectMap.Web.Tests.Infrastructure;
using SixLabors.ImageSharp;

namespace ProjectMap.Web.Tests.Api;

/// <summary>The photo API on a real server: footprints by project and month, one photo, originals byte for byte, previews.</summary>
public sealed class PhotoApiTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private ViewerServerFixture Server => fixture.Server;

    private Task<HttpResponseMessage> GetAsync(string path) => Server.GetAsLeaderAsync(path);

    private Task<JsonElement> JsonAsync(string path) => Server.JsonAsLeaderAsync(path);

    [Fact]
    public async Task Photos_ByMonthAndProject_ListsTheSeededPhotosWithFootprints()
    {
        var december = await JsonAsync("/api/photos?month=2023-12");
        var project = await JsonAsync("/api/photos?project=WJ2023-001");
        var both = await JsonAsync("/api/photos?project=WJ2023-001&month=2023-11");
        var geojson = await JsonAsync("/api/photos.geojson?month=2023-12");

        Assert.Equal(3, december.GetArrayLength());
        Assert.Equal(3, project.GetArrayLength());
        var one = Assert.Single(both.EnumerateArray());
        Assert.Equal("2023-11", one.GetProperty("month").GetString());
        Assert.Equal("2023-11-16T10:00:00+08:00", one.GetProperty("capturedAt").GetString());
        Assert.Equal("Polygon", one.GetProperty("footprint").GetProperty("type").GetString());
        Assert.Equal("FeatureCollection", geojson.GetProperty("type").GetString());
        Assert.Equal(3, geojson.GetProperty("features").GetArrayLength());
        Assert.All(geojson.GetProperty("features").EnumerateArray(), f => Assert.Equal(64, f.GetProperty("id").GetString()!.Length));
    }

    [Fact]
    public async Task Photos_Bbox_OnlyFootprintsIntersectingIt()
    {
        // Around WJ2023-003 (0.88 MW rooftop PV) only.
        var photos = await JsonAsync("/api/photos?bbox=119.9290,31.6590,119.9310,31.6610");

        var one = Assert.Single(photos.EnumerateArray());
        Assert.Equal("WJ2023-003", one.GetProperty("projectCode").GetString());
    }

    [Fact]
    public async Task Photo_One_HasMatchesAndTheOriginalIsTheStoredBytesWithItsContentType()
    {
        var stored = (await Server.Store.Photos.ListAsync(new PhotoQuery("WJ2023-002", new Domain.Time.YearMonth(2023, 12)))).Single();
        var detail = await JsonAsync($"/api/photos/{stored.Sha256}");
        var original = await GetAsync($"/api/photos/{stored.Sha256}/original");
        var bytes = await original.Content.ReadAsByteArrayAsync();

        Assert.Equal("WJ2023-002", detail.GetProperty("matches")[0].GetProperty("projectCode").GetString());
        Assert.True(detail.GetProperty("matches")[0].GetProperty("parcelCoveredPct").GetDouble() > 50);
        Assert.Equal(HttpStatusCode.OK, original.StatusCode);
        Assert.Equal("image/jpeg", original.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", original.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(stored.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal(File.ReadAllBytes(Path.Combine(Server.FilesRoot, stored.StoredPath)), bytes);
        Assert.Contains("immutable", original.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_Size320_IsASmallJpegOfTheRightShape()
    {
        var stored = (await Server.Store.Photos.ListAsync(new PhotoQuery("WJ2023-001"))).First();

        var response = await GetAsync($"/api/photos/{stored.Sha256}/preview?size=320");
        var again = await GetAsync($"/api/photos/{stored.Sha256}/preview?size=320");
        var bad = await GetAsync($"/api/photos/{stored.Sha256}/preview?size=123");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType!.MediaType);
        using var image = Image.Load(bytes);
        Assert.Equal((320, 213), (image.Width, image.Height));
        Assert.Equal(bytes, await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Theory]
    [InlineData("/api/photos/0000000000000000000000000000000000000000000000000000000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/photos/not-a-hash/original", HttpStatusCode.NotFound)]
    [InlineData("/api/photos?month=december", HttpStatusCode.BadRequest)]
    [InlineData("/api/photos?project=bad%20code!", HttpStatusCode.BadRequest)]
    [InlineData("/api/photos?bbox=1,2,3", HttpStatusCode.BadRequest)]
    public async Task Photos_BadRequests_AnswerWithTheProblem(string path, HttpStatusCode expected)
    {
        var response = await GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Tiles_ServerWithoutTilesRoot_ListsNoImagery()
    {
        var list = await JsonAsync("/api/tiles");

        Assert.Equal(JsonValueKind.Array, list.ValueKind);
        Assert.Equal(0, list.GetArrayLength());
    }

    [Fact]
    public async Task Original_Anonymous_Returns401()
    {
        var stored = (await Server.Store.Photos.ListAsync(new PhotoQuery())).First();
        using var client = new ViewerClient(Server.BaseUrl);

        var response = await client.Http.GetAsync($"/api/photos/{stored.Sha256}/original");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
