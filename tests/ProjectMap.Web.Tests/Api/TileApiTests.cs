using System.Globalization;
using System.Net;
using System.Text.Json;
using ProjectMap.Domain.Projects;
using ProjectMap.Web.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ProjectMap.Web.Tests.Api;

/// <summary>
/// The imagery tiles on a real server over pyramids the tile builder wrote: the list, a tile under the photo as a PNG
/// with photo pixels, 404 outside the photos and for names that are not a project or a month, TileJSON with absolute
/// URLs, and a login needed like every read.
/// </summary>
public sealed class TileApiTests(TilesServer fixture) : IClassFixture<TilesServer>
{
    private ViewerServerFixture Server => fixture.Server;

    /// <summary>The XYZ tile (Web Mercator, rows from the north) holding a lon/lat point at a zoom.</summary>
    private static (int X, int Y) TileOf(double lon, double lat, int z)
    {
        var n = Math.Pow(2, z);
        var phi = lat * Math.PI / 180;
        return ((int)Math.Floor((lon + 180) / 360 * n), (int)Math.Floor((1 - (Math.Log(Math.Tan(phi) + (1 / Math.Cos(phi))) / Math.PI)) / 2 * n));
    }

    private async Task<(double Lon, double Lat)> CentreOfAsync(string code)
    {
        var centre = (await Server.Store.Projects.FindAsync(ProjectCode.Parse(code)))!.Parcel.EnvelopeInternal.Centre;
        return (centre.X, centre.Y);
    }

    private Task<HttpResponseMessage> GetAsync(string path) => Server.GetAsLeaderAsync(path);

    private Task<JsonElement> JsonAsync(string path) => Server.JsonAsLeaderAsync(path);

    [Fact]
    public async Task List_EveryBuiltPyramidWithZoomsBoundsAndUrls()
    {
        var list = await JsonAsync("/api/tiles");
        var (lon, lat) = await CentreOfAsync("WJ2023-001");

        Assert.Equal(
            ["WJ2023-001 2023-10", "WJ2023-001 2023-11", "WJ2023-001 2023-12", "WJ2023-006 2024-01", "WJ2023-006 2024-02"],
            list.EnumerateArray().Select(p => $"{p.GetProperty("project").GetString()} {p.GetProperty("month").GetString()}"));
        var december = list.EnumerateArray().Single(p => p.GetProperty("month").GetString() == "2023-12");
        Assert.Equal((15, 18, 1), (december.GetProperty("minZoom").GetInt32(), december.GetProperty("maxZoom").GetInt32(), december.GetProperty("photos").GetInt32()));
        Assert.Equal("/tiles/WJ2023-001/2023-12/{z}/{x}/{y}.png", december.GetProperty("tiles").GetString());
        var b = december.GetProperty("bounds").EnumerateArray().Select(v => v.GetDouble()).ToArray();
        Assert.True(b[0] < lon && lon < b[2] && b[1] < lat && lat < b[3], $"bounds {string.Join(",", b)} should hold the parcel centre {lon},{lat}");
        Assert.Equal(2, (await JsonAsync("/api/tiles?project=WJ2023-006")).GetArrayLength());
    }

    [Fact]
    public async Task Tile_UnderThePhoto_IsAPngWithPhotoPixels()
    {
        var (lon, lat) = await CentreOfAsync("WJ2023-001");
        var (x, y) = TileOf(lon, lat, 17);

        var response = await GetAsync(string.Create(CultureInfo.InvariantCulture, $"/tiles/WJ2023-001/2023-12/17/{x}/{y}.png"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("private", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        using var image = Image.Load<Rgba32>(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((256, 256), (image.Width, image.Height));
        var opaque = 0;
        image.ProcessPixelRows(rows =>
        {
            for (var r = 0; r < rows.Height; r++)
            {
                foreach (var p in rows.GetRowSpan(r))
                {
                    opaque += p.A == 255 ? 1 : 0;
                }
            }
        });
        Assert.True(opaque > 10_000, $"the tile under the photo's centre should be mostly photo, it has {opaque} opaque pixels");
    }

    [Theory]
    [InlineData("/tiles/WJ2023-001/2023-12/17/0/0.png")]
    [InlineData("/tiles/WJ2023-001/2023-09/17/109210/53050.png")]
    [InlineData("/tiles/WJ2023-002/2023-12/17/109210/53050.png")]
    [InlineData("/tiles/WJ2023-001/2023-13/17/109210/53050.png")]
    [InlineData("/tiles/..%2F..%2Fetc/2023-12/17/109210/53050.png")]
    [InlineData("/tiles/WJ2023-001/2023-12/17/109210/53050.gif")]
    [InlineData("/tiles/WJ2023-001/2023-09/tilejson.json")]
    public async Task Tile_NoSuchTileOrPyramidOrBadName_Returns404(string path)
    {
        var response = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TileJson_AbsoluteTileUrlZoomsAndBounds()
    {
        var doc = await JsonAsync($"/tiles/WJ2023-006/{TilesServer.BuiltMonth}/tilejson.json");

        Assert.Equal("3.0.0", doc.GetProperty("tilejson").GetString());
        Assert.Equal($"{Server.BaseUrl}/tiles/WJ2023-006/{TilesServer.BuiltMonth}/{{z}}/{{x}}/{{y}}.png", doc.GetProperty("tiles")[0].GetString());
        Assert.Equal((15, 18), (doc.GetProperty("minzoom").GetInt32(), doc.GetProperty("maxzoom").GetInt32()));
        Assert.Equal(4, doc.GetProperty("bounds").GetArrayLength());
        Assert.Equal("xyz", doc.GetProperty("scheme").GetString());
    }

    [Fact]
    public async Task Tiles_Anonymous_Returns401()
    {
        var (lon, lat) = await CentreOfAsync("WJ2023-001");
        var (x, y) = TileOf(lon, lat, 17);
        using var client = new ViewerClient(Server.BaseUrl);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/tiles/WJ2023-001/2023-12/17/{x}/{y}.png"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.Http.GetAsync("/api/tiles")).StatusCode);
    }
}
