using Microsoft.Playwright;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>
/// A leader in Debian's Chromium opens a project: facts, the milestone strip in red/amber/green, the investment chart
/// and the photo timeline; the month slider (keyboard and drag value), the timeline's month chips and the prev button
/// move everything to another month's end; thumbnails and footprints on the map open the photo window, whose original
/// is the stored bytes.
/// </summary>
public sealed class LeaderProjectPanelTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private static readonly SixLabors.ImageSharp.PixelFormats.Rgba32 White = ScreenshotPixels.Hex("#ffffff");

    private ViewerServerFixture Server => fixture.Server;

    private static Task<string> TextAsync(IPage page, string selector) => page.Locator(selector).InnerTextAsync();

    private static Task<int> CountAsync(IPage page, string selector) => page.Locator(selector).CountAsync();

    /// <summary>Waits until the panel shows a project as of a month (it re-renders once the month's ledger arrived).</summary>
    private static async Task WaitForPanelAsync(IPage page, string code, string month)
    {
        await page.WaitForSelectorAsync($"#panel[data-code='{code}'][data-month='{month}'] [data-section=investment]");
        await page.EvaluateAsync("() => window.__projectmap.renderComplete()");
    }

    private static async Task<string> PhotoOfAsync(IProjectMapStore store, string project, int year, int month) =>
        (await store.Photos.ListAsync(new PhotoQuery(project, new YearMonth(year, month)))).Single().Sha256;

    /// <summary>Asserts the milestone dot of a step is drawn in a colour (sampled left of its glyph in a screenshot).</summary>
    private static async Task AssertDotColourAsync(BrowserSession browser, string png, string step, string hex)
    {
        var box = (await browser.Page.Locator($"#panel [data-role=milestone-chain] li[data-step='{step}'] .dot").BoundingBoxAsync())!;
        var x = (int)Math.Round(box.X + 5);
        var y = (int)Math.Round(box.Y + (box.Height / 2));
        var distance = ScreenshotPixels.NearestDistance(png, x, y, 2, ScreenshotPixels.Hex(hex), White);
        Assert.True(distance <= 12, $"{step}'s dot at ({x},{y}) should be {hex}; nearest pixel differs by {distance}; see {png}");
    }

    [Fact]
    public async Task Leader_OpensProject_SeesMilestonesChartAndPhotos_MonthSliderAndTimelineSwitchMonths()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(Server.BaseUrl, "leader", ViewerServerFixture.Password);

        // December 2023 (the last month with data) is shown first, with its three photo footprints.
        Assert.Equal("2023-12", await page.EvaluateAsync<string>("() => window.__projectmap.month()"));
        Assert.Equal("2023年12月", await TextAsync(page, "#month-label"));
        Assert.Contains("本月航拍 3 张", await TextAsync(page, "#month-bar"), StringComparison.Ordinal);
        Assert.Equal(3, await page.EvaluateAsync<int>("() => window.__projectmap.photoCount()"));

        // A delayed project: the overdue milestone is red, reached ones green.
        await page.ClickAsync("#project-list li[data-code='WJ2023-002']");
        await WaitForPanelAsync(page, "WJ2023-002", "2023-12");
        Assert.Equal("overdue-delayed", await page.GetAttributeAsync("#panel li[data-step='topping-out']", "data-signal"));
        Assert.Contains("逾期 61 天", await TextAsync(page, "#panel [data-section=milestones]"), StringComparison.Ordinal);
        var delayedPng = await browser.ScreenshotAsync("leader-panel-1-delayed-project-zh");
        await AssertDotColourAsync(browser, delayedPng, "topping-out", "#d55e00");
        await AssertDotColourAsync(browser, delayedPng, "start", "#009e73");

        // A project in warning: its overdue milestone is amber.
        await page.ClickAsync("#project-list li[data-code='WJ2023-005']");
        await WaitForPanelAsync(page, "WJ2023-005", "2023-12");
        Assert.Equal("overdue-warning", await page.GetAttributeAsync("#panel li[data-step='acceptance']", "data-signal"));
        await AssertDotColourAsync(browser, await browser.ScreenshotAsync("leader-panel-2-warning-project-zh"), "acceptance", "#e69f00");

        // 鑫奇航: facts, the strip as of December, the 2023 chart and its photo timeline.
        await page.ClickAsync("#project-list li[data-code='WJ2023-001']");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-12");
        Assert.Contains("50,000 万元（5.00 亿元）", await TextAsync(page, "#panel [data-section=facts]"), StringComparison.Ordinal);
        Assert.Contains("当前形象进度：内部装修", await TextAsync(page, "#panel [data-section=status]"), StringComparison.Ordinal);
        Assert.Equal(8, await CountAsync(page, "#panel [data-role=milestone-chain] li"));
        Assert.Equal("reached", await page.GetAttributeAsync("#panel li[data-step='fit-out']", "data-signal"));
        Assert.Equal("upcoming", await page.GetAttributeAsync("#panel li[data-step='commissioning']", "data-signal"));
        Assert.Equal("70%", await TextAsync(page, "#panel [data-role=schedule-pct]"));
        Assert.Equal(12, await CountAsync(page, "#panel [data-role=investment-chart] rect.bar-actual"));
        Assert.Equal(1, await CountAsync(page, "#panel [data-role=investment-chart] path.line-actual"));
        Assert.Equal(1, await CountAsync(page, "#panel [data-role=investment-chart] path.line-plan"));
        var summary = await TextAsync(page, "#panel [data-role=investment-summary]");
        Assert.Contains("2023 年累计完成 2.90 亿元，占年度计划 3.00 亿元 的 96.7%", summary, StringComparison.Ordinal);
        Assert.Contains("开工以来累计 3.50 亿元，占总投资 5.00 亿元 的 70%", summary, StringComparison.Ordinal);
        Assert.Equal(["2023-10", "2023-11", "2023-12"], await page.Locator("#panel [data-role=photo-months] .chip").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.month)"));
        Assert.Equal(1, await CountAsync(page, "#panel [data-role=photo-thumbs] .thumb"));
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#panel .thumb img'); return i && i.complete && i.naturalWidth > 0; }");
        await browser.ScreenshotAsync("leader-panel-3-project-december-zh");

        // The timeline's October chip moves the whole viewer to October's end.
        await page.ClickAsync("#panel [data-role=photo-months] .chip[data-month='2023-10']");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-10");
        Assert.Equal("2023年10月", await TextAsync(page, "#month-label"));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => window.__projectmap.photoCount()"));
        Assert.Equal("warning", await page.EvaluateAsync<string>("() => window.__projectmap.statusOf('WJ2023-002')"));
        Assert.Contains("当前形象进度：主体结构封顶", await TextAsync(page, "#panel [data-section=status]"), StringComparison.Ordinal);
        Assert.Equal("upcoming", await page.GetAttributeAsync("#panel li[data-step='fit-out']", "data-signal"));
        Assert.Equal(10, await CountAsync(page, "#panel [data-role=investment-chart] rect.bar-actual"));
        Assert.Contains("2023 年累计完成 2.38 亿元", await TextAsync(page, "#panel [data-role=investment-summary]"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("leader-panel-4-project-october-zh");

        // The slider itself: one step right with the keyboard, then dragged back to December.
        await page.FocusAsync("#month-slider");
        await page.Keyboard.PressAsync("ArrowRight");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-11");
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.__projectmap.photoCount()"));
        Assert.Equal(11, await CountAsync(page, "#panel [data-role=investment-chart] rect.bar-actual"));
        var december = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('#month-bar .month-tick')].findIndex(t => t.dataset.month === '2023-12')");
        await page.FillAsync("#month-slider", december.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await WaitForPanelAsync(page, "WJ2023-001", "2023-12");
        Assert.Equal(3, await page.EvaluateAsync<int>("() => window.__projectmap.photoCount()"));
        await page.ClickAsync("#month-prev");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-11");
        await page.ClickAsync("#month-next");
        await WaitForPanelAsync(page, "WJ2023-001", "2023-12");

        // A thumbnail opens the photo window: the preview shows and "open the original" is the stored bytes.
        var sha = await PhotoOfAsync(Server.Store, "WJ2023-001", 2023, 12);
        await page.ClickAsync($"#panel .thumb[data-sha='{sha}']");
        await page.WaitForSelectorAsync($"#photo-viewer[data-sha='{sha}']:not([hidden])");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#photo-viewer .viewer-image'); return i.complete && i.naturalWidth > 0; }");
        Assert.Contains("DJI_0003.JPG", await TextAsync(page, "#photo-viewer [data-role=photo-title]"), StringComparison.Ordinal);
        Assert.Contains("2023-12-15 10:30", await TextAsync(page, "#photo-viewer .viewer-facts"), StringComparison.Ordinal);
        var href = await page.GetAttributeAsync("#photo-viewer [data-role=photo-original]", "href");
        var originalSha = await page.EvaluateAsync<string>(
            "async (url) => { const b = await (await fetch(url)).arrayBuffer(); return [...new Uint8Array(await crypto.subtle.digest('SHA-256', b))].map(x => x.toString(16).padStart(2, '0')).join(''); }",
            href);
        Assert.Equal(sha, originalSha);
        await browser.ScreenshotAsync("leader-panel-5-photo-window-zh");
        await page.ClickAsync("#photo-viewer [data-role=photo-close]");
        Assert.True(await page.IsHiddenAsync("#photo-viewer"));

        // English: the panel's new sections speak English too.
        await page.ClickAsync("#lang");
        Assert.Contains("Milestones", await TextAsync(page, "#panel [data-section=milestones] h3"), StringComparison.Ordinal);
        Assert.Contains("Investment in 2023", await TextAsync(page, "#panel [data-section=investment] h3"), StringComparison.Ordinal);
        Assert.Contains("Drone photos", await TextAsync(page, "#panel [data-section=photos] h3"), StringComparison.Ordinal);
        Assert.Equal("Dec 2023", await TextAsync(page, "#month-label"));
        Assert.Contains("3 drone photos", await TextAsync(page, "#month-bar"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("leader-panel-6-project-december-en");
        await page.ClickAsync("#lang");

        // A footprint's marker on the map opens that photo (markers show once a footprint is big enough on screen, so
        // they never hide a small parcel: the list zooms to the project).
        await page.ClickAsync("#project-list li[data-code='WJ2023-003']");
        await WaitForPanelAsync(page, "WJ2023-003", "2023-12");
        await page.ClickAsync("#panel .close");
        await page.WaitForFunctionAsync("() => !window.__projectmap.animating()");
        await page.EvaluateAsync("() => window.__projectmap.renderComplete()");
        var other = await PhotoOfAsync(Server.Store, "WJ2023-003", 2023, 12);
        var marker = await page.EvaluateAsync<double[]>("sha => window.__projectmap.photoPixel(sha)", other);
        await page.Locator("#map").ClickAsync(new LocatorClickOptions { Position = new Position { X = (float)marker[0], Y = (float)marker[1] } });
        await page.WaitForSelectorAsync($"#photo-viewer[data-sha='{other}']:not([hidden])");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('#photo-viewer .viewer-image'); return i.complete && i.naturalWidth > 0; }");
        await browser.ScreenshotAsync("leader-panel-7-footprint-opened");

        Assert.Empty(browser.NonLoopbackRequests());
    }
}
