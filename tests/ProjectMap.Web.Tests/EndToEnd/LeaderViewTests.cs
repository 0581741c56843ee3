using Microsoft.Playwright;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>A leader in Debian's Chromium: logs in, sees the parcels coloured, switches theme and language, filters, opens projects.</summary>
public sealed class LeaderViewTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private static readonly string[] Codes = ["WJ2023-001", "WJ2023-002", "WJ2023-003", "WJ2023-004", "WJ2023-005", "WJ2023-006"];
    private static readonly SixLabors.ImageSharp.PixelFormats.Rgba32 Background = ScreenshotPixels.Hex("#eef2f3");

    private static async Task AssertParcelsColouredAsync(BrowserSession browser, string screenshot)
    {
        await browser.Page.EvaluateAsync("() => window.__projectmap.renderComplete()");
        var png = await browser.ScreenshotAsync(screenshot);
        foreach (var code in Codes)
        {
            var pixel = await browser.Page.EvaluateAsync<double[]>("c => window.__projectmap.pixelOf(c)", code);
            var colour = await browser.Page.EvaluateAsync<string>("c => window.__projectmap.colourOf(c)", code);
            var mapBox = (await browser.Page.Locator("#map").BoundingBoxAsync())!;
            var x = (int)Math.Round(mapBox.X + pixel[0]);
            var y = (int)Math.Round(mapBox.Y + pixel[1]);
            var distance = ScreenshotPixels.NearestDistance(png, x, y, 3, ScreenshotPixels.Hex(colour), Background);
            Assert.True(distance <= 12, $"{screenshot}: {code} at ({x},{y}) should show {colour}; nearest pixel differs by {distance}; see {png}");
            Assert.True(ScreenshotPixels.Distance(ScreenshotPixels.Hex(colour), Background) > 20, $"{colour} is too close to the background to prove anything");
        }
    }

    [Fact]
    public async Task Leader_LogsInSwitchesThemeAndLanguageAndOpensProjects_NothingLeavesLoopback()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;

        await browser.LoginAsync(fixture.Server.BaseUrl, "leader", ViewerServerFixture.Password);

        Assert.Equal(6, await page.EvaluateAsync<int>("() => window.__projectmap.featureCount()"));
        Assert.Equal("status", await page.EvaluateAsync<string>("() => window.__projectmap.overlay()"));
        Assert.Equal("2023-12", await page.EvaluateAsync<string>("() => window.__projectmap.month()"));
        Assert.Equal("重点项目一张图", await page.TextContentAsync("#title"));
        Assert.Contains("李局长", await page.TextContentAsync("#user"), StringComparison.Ordinal);
        Assert.Equal("delayed", await page.EvaluateAsync<string>("() => window.__projectmap.statusOf('WJ2023-002')"));
        Assert.Equal("warning", await page.EvaluateAsync<string>("() => window.__projectmap.statusOf('WJ2023-005')"));
        Assert.Contains("滞后", await page.TextContentAsync("#legend"), StringComparison.Ordinal);
        Assert.Equal("6", await page.TextContentAsync("[data-total=projects]"));
        Assert.Equal("7.18 亿元", await page.TextContentAsync("[data-total=investment]"));
        await AssertParcelsColouredAsync(browser, "leader-1-status-zh");

        await page.CheckAsync("[data-overlay=investment] input");
        Assert.Contains("3 亿元及以上", await page.TextContentAsync("#legend"), StringComparison.Ordinal);
        await AssertParcelsColouredAsync(browser, "leader-1-investment-zh");

        await page.CheckAsync("[data-overlay=stage] input");
        Assert.Equal("stage", await page.EvaluateAsync<string>("() => window.__projectmap.overlay()"));
        Assert.Contains("内部装修", await page.TextContentAsync("#legend"), StringComparison.Ordinal);
        await AssertParcelsColouredAsync(browser, "leader-2-stage-zh");
        await page.CheckAsync("[data-overlay=investment] input");

        await page.ClickAsync("#lang");
        Assert.Equal("Key Projects Map", await page.TextContentAsync("#title"));
        Assert.Equal("en", await page.EvaluateAsync<string>("() => window.__projectmap.language()"));
        Assert.Contains("300 million CNY and over", await page.TextContentAsync("#legend"), StringComparison.Ordinal);
        Assert.Equal("CNY 717.6 million", await page.TextContentAsync("[data-total=investment]"));
        await browser.ScreenshotAsync("leader-3-investment-en");

        await page.ClickAsync("#project-list li[data-code='WJ2023-001']");
        await page.WaitForSelectorAsync("#panel[data-code='WJ2023-001']");
        Assert.Equal("Xinqihang Intelligent Equipment Manufacturing Project", await page.TextContentAsync("[data-role=project-name]"));
        var facts = await page.TextContentAsync("[data-section=facts]");
        Assert.Contains("50,000 万元 (CNY 500.0 million)", facts, StringComparison.Ordinal);
        Assert.Contains("mu", facts, StringComparison.Ordinal);
        Assert.Contains("Stage: Interior fit-out", await page.TextContentAsync("[data-section=status]"), StringComparison.Ordinal);
        Assert.Contains("R&D centre: 12,000 m², 6 storeys", await page.TextContentAsync("[data-section=buildings]"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-role=milestone-form]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-role=facts-edit]").CountAsync());
        await browser.ScreenshotAsync("leader-4-project-en");

        await page.ClickAsync("#lang");
        await page.ClickAsync("#panel .close");
        Assert.True(await page.IsHiddenAsync("#panel"));
        await page.ClickAsync("#fit-all");
        await page.EvaluateAsync("() => window.__projectmap.renderComplete()");
        var pixel = await page.EvaluateAsync<double[]>("() => window.__projectmap.pixelOf('WJ2023-002')");
        await page.Locator("#map").ClickAsync(new LocatorClickOptions { Position = new Position { X = (float)pixel[0], Y = (float)pixel[1] } });
        await page.WaitForSelectorAsync("#panel[data-code='WJ2023-002']");
        Assert.Equal("江苏常氢科技氢能装备项目", await page.TextContentAsync("[data-role=project-name]"));
        Assert.Contains("20,000 万元（2.00 亿元）", await page.TextContentAsync("[data-section=facts]"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("leader-5-project-zh-clicked-on-map");

        await page.SelectOptionAsync("#filter-park", "常州科教城");
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.__projectmap.visibleCount()"));
        Assert.Equal("2", await page.TextContentAsync("[data-total=projects]"));
        Assert.Equal(2, await page.Locator("#project-list li[data-code]").CountAsync());
        await browser.ScreenshotAsync("leader-6-filtered-park");

        Assert.Empty(browser.NonLoopbackRequests());
        Assert.Contains(browser.Requests, u => u.EndsWith("/api/projects.geojson", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Anonymous_OpensTheMap_IsSentToTheLoginPage()
    {
        await using var browser = await BrowserSession.StartAsync();

        await browser.Page.GotoAsync(fixture.Server.BaseUrl + "/");

        await browser.Page.WaitForURLAsync("**/login?ReturnUrl=%2F");
        Assert.Equal("登录", await browser.Page.TextContentAsync("h2"));
        await browser.Page.FillAsync("#name", "leader");
        await browser.Page.FillAsync("#password", "wrong-password");
        await browser.Page.ClickAsync("#submit");
        await browser.Page.WaitForSelectorAsync("#login-error:not([hidden])");
        Assert.Equal("用户名或密码错误", await browser.Page.TextContentAsync("#login-error"));
        await browser.ScreenshotAsync("anonymous-login-refused");
        Assert.Empty(browser.NonLoopbackRequests());
    }
}
