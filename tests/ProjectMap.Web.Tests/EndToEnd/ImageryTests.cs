using System.Globalization;
using Microsoft.Playwright;
using ProjectMap.Domain.Projects;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>
/// Drone imagery tiles in Debian's Chromium: the month slider and the photo timeline switch the project's imagery to
/// that month's pyramid (tiles fetched from the server, photo pixels on screen over the parcel), a month without
/// imagery shows none, and the swipe compares two months: left of the line the compared month (bare earth), right of it
/// the selected month (the finished site), checked in screenshots as the line moves.
/// </summary>
public sealed class ImageryTests(TilesServer fixture) : IClassFixture<TilesServer>
{
    // The synthetic photos' colours (SyntheticDronePhoto): a finished site's building and yard, and bare earth.
    private static readonly SixLabors.ImageSharp.PixelFormats.Rgba32 Building = ScreenshotPixels.Hex("#96a0af");
    private static readonly SixLabors.ImageSharp.PixelFormats.Rgba32 BuiltYard = ScreenshotPixels.Hex("#aaa596");
    private static readonly SixLabors.ImageSharp.PixelFormats.Rgba32 BareEarth = ScreenshotPixels.Hex("#a8845c");
    private static readonly SixLabors.ImageSharp.PixelFormats.Rgba32 Background = ScreenshotPixels.Hex("#eef2f3");

    private ViewerServerFixture Server => fixture.Server;

    private static async Task WaitForPanelAsync(IPage page, string code, string month)
    {
        await page.WaitForSelectorAsync($"#panel[data-code='{code}'][data-month='{month}'] [data-section=investment]");
        await page.EvaluateAsync("() => window.__projectmap.renderComplete()");
    }

    private static async Task<string[]> ImageryAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("() => window.__projectmap.imagery().map(l => `${l.project} ${l.month} ${l.side}`).sort()");

    /// <summary>The screenshot pixel (page coordinates) of a point at a share of a parcel's bounding box across, at its middle.</summary>
    private async Task<(int X, int Y)> PointAsync(IPage page, string code, double across)
    {
        var box = (await Server.Store.Projects.FindAsync(ProjectCode.Parse(code)))!.Parcel.EnvelopeInternal;
        var pixel = await page.EvaluateAsync<double[]>("([lon, lat]) => window.__projectmap.pixelAt(lon, lat)", new[] { box.MinX + (across * box.Width), box.Centre.Y });
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        return ((int)Math.Round(map.X + pixel[0]), (int)Math.Round(map.Y + pixel[1]));
    }

    private static void AssertShows(string png, (int X, int Y) at, SixLabors.ImageSharp.PixelFormats.Rgba32 expected, SixLabors.ImageSharp.PixelFormats.Rgba32 not, string what)
    {
        var near = ScreenshotPixels.NearestDistance(png, at.X, at.Y, 2, expected, Background);
        var other = ScreenshotPixels.NearestDistance(png, at.X, at.Y, 0, not, Background);
        Assert.True(near <= 25 && other > near + 15, $"{what} at ({at.X},{at.Y}): {near} from the expected colour, {other} from the other; see {png}");
    }

    [Fact]
    public async Task Leader_MonthSliderSwitchesImageryTiles_SwipeComparesTwoMonths()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(Server.BaseUrl, "leader", ViewerServerFixture.Password);

        Assert.Equal(TilesServer.BuiltMonth, await page.EvaluateAsync<string>("() => window.__projectmap.month()"));
        Assert.Equal([$"WJ2023-006 {TilesServer.BuiltMonth} current"], await ImageryAsync(page));
        Assert.Equal("显示航拍影像（2024年2月 1 个项目）", await page.TextContentAsync("#imagery-toggle-label"));

        // 鑫奇航 in December 2023 through the photo timeline: its December pyramid is fetched and drawn over the parcel.
        await page.ClickAsync("#project-list li[data-code='WJ2023-001']");
        await WaitForPanelAsync(page, "WJ2023-001", TilesServer.BuiltMonth);
        await page.ClickAsync("#panel [data-role=photo-months] .chip[data-month='2023-12']");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-12");
        Assert.Equal(["WJ2023-001 2023-12 current"], await ImageryAsync(page));
        Assert.Contains(browser.Requests, u => u.Contains("/tiles/WJ2023-001/2023-12/17/", StringComparison.Ordinal));
        var december = await browser.ScreenshotAsync("imagery-1-december");
        AssertShows(december, await PointAsync(page, "WJ2023-001", 0.38), Building, ScreenshotPixels.Hex("#009e73"), "the December photo's building over the parcel");

        // The slider's previous month: November's pyramid; then September, a month without imagery.
        await page.ClickAsync("#month-prev");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-11");
        Assert.Equal(["WJ2023-001 2023-11 current"], await ImageryAsync(page));
        Assert.Contains(browser.Requests, u => u.Contains("/tiles/WJ2023-001/2023-11/17/", StringComparison.Ordinal));
        await page.ClickAsync("#month-prev");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-10");
        await page.ClickAsync("#month-prev");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-09");
        Assert.Empty(await ImageryAsync(page));
        Assert.Equal("2023年9月 无航拍影像", await page.TextContentAsync("#imagery-toggle-label"));

        // Swipe: WJ2023-006 in February 2024 against January (the month before with imagery).
        await page.ClickAsync("#project-list li[data-code='WJ2023-006']");
        await WaitForPanelAsync(page, "WJ2023-006", "2023-09");
        await page.ClickAsync($"#panel [data-role=photo-months] .chip[data-month='{TilesServer.BuiltMonth}']");
        await WaitForPanelAsync(page, "WJ2023-006", TilesServer.BuiltMonth);
        await page.ClickAsync("#panel .close");
        await page.WaitForFunctionAsync("() => !window.__projectmap.animating()");
        await page.ClickAsync("#compare-toggle");
        Assert.Equal(TilesServer.BareMonth, await page.InputValueAsync("#compare-month"));
        Assert.Equal([$"WJ2023-006 {TilesServer.BareMonth} compare", $"WJ2023-006 {TilesServer.BuiltMonth} current"], await ImageryAsync(page));
        Assert.Equal("结束对比", await page.TextContentAsync("#compare-toggle"));
        Assert.Equal("← 2024年1月", await page.TextContentAsync("#swipe-left"));
        Assert.Equal("2024年2月 →", await page.TextContentAsync("#swipe-right"));

        var left = await PointAsync(page, "WJ2023-006", 0.12);
        var right = await PointAsync(page, "WJ2023-006", 0.88);
        var centre = await PointAsync(page, "WJ2023-006", 0.5);
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        var share = (centre.X - map.X) / map.Width * 100;
        await page.FillAsync("#swipe", share.ToString("0.0", CultureInfo.InvariantCulture));
        await page.EvaluateAsync("() => window.__projectmap.renderComplete()");
        Assert.Contains(browser.Requests, u => u.Contains($"/tiles/WJ2023-006/{TilesServer.BareMonth}/17/", StringComparison.Ordinal));
        var split = await browser.ScreenshotAsync("imagery-2-swipe-split");
        AssertShows(split, left, BareEarth, BuiltYard, "left of the line: January's bare earth");
        AssertShows(split, right, BuiltYard, BareEarth, "right of the line: February's finished site");

        await page.FillAsync("#swipe", "100");
        await page.EvaluateAsync("() => window.__projectmap.renderComplete()");
        var allJanuary = await browser.ScreenshotAsync("imagery-3-swipe-all-january");
        AssertShows(allJanuary, right, BareEarth, BuiltYard, "line at the right edge: January everywhere");

        await page.FillAsync("#swipe", "0");
        await page.EvaluateAsync("() => window.__projectmap.renderComplete()");
        var allFebruary = await browser.ScreenshotAsync("imagery-4-swipe-all-february");
        AssertShows(allFebruary, left, BuiltYard, BareEarth, "line at the left edge: February everywhere");

        await page.ClickAsync("#lang");
        Assert.Equal("End comparison", await page.TextContentAsync("#compare-toggle"));
        Assert.Equal("← Jan 2024", await page.TextContentAsync("#swipe-left"));
        await page.ClickAsync("#lang");

        await page.ClickAsync("#compare-toggle");
        Assert.True(await page.IsHiddenAsync("#swipe-wrap"));
        Assert.Equal([$"WJ2023-006 {TilesServer.BuiltMonth} current"], await ImageryAsync(page));
        Assert.Empty(browser.NonLoopbackRequests());
    }
}
