using ProjectMap.Geodesy.ChinaOffsets;
using ProjectMap.Web.Basemaps;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>A GCJ-02 basemap (a local stand-in for Gaode): tiles come from the configured server only, our parcels are shifted for display.</summary>
public sealed class BasemapTests
{
    [Fact]
    public async Task Gcj02Basemap_Selected_ParcelsShiftedByTheGcj02OffsetAndTilesFromTheConfiguredServerOnly()
    {
        using var tiles = new LocalTileServer();
        await using var server = await ViewerServerFixture.StartAsync(new ViewerOptions
        {
            Basemaps = [new BasemapSettings { Id = "gaode-mirror", Kind = BasemapKind.Xyz, Url = $"http://127.0.0.1:{tiles.Port}/{{z}}/{{x}}/{{y}}.png", Gcj02 = true, NameZh = "高德镜像" }],
        });
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(server.BaseUrl, "leader", ViewerServerFixture.Password);
        Assert.Equal("EPSG:3857", await page.EvaluateAsync<string>("() => window.__projectmap.projection()"));
        Assert.Empty(tiles.Requested);

        await page.SelectOptionAsync("#basemap", "gaode-mirror");
        await browser.WaitForMapAsync();

        Assert.Equal("GCJ02:MERCATOR", await page.EvaluateAsync<string>("() => window.__projectmap.projection()"));
        var vertex = await page.EvaluateAsync<double[]>("() => window.__projectmap.firstVertex('WJ2023-001').lonLat");
        var expected = Gcj02.FromWgs84(119.8444078, 31.7076914);
        Assert.InRange(vertex[0], expected.LongitudeDeg - 1e-7, expected.LongitudeDeg + 1e-7);
        Assert.InRange(vertex[1], expected.LatitudeDeg - 1e-7, expected.LatitudeDeg + 1e-7);
        Assert.NotEmpty(tiles.Requested);
        Assert.True(await page.IsVisibleAsync("#basemap-note"));
        await browser.ScreenshotAsync("basemap-gcj02-local-stand-in");
        Assert.Empty(browser.NonLoopbackRequests());
    }
}
