using Microsoft.Playwright;
using ProjectMap.Testing;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), with every request the page makes recorded so
/// a test can prove nothing left loopback. Screenshots go to artifacts/test-results/ProjectMap.Web.Tests/screenshots.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<string> _requests = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page)
    {
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
        page.Request += (_, request) =>
        {
            lock (_requests)
            {
                _requests.Add(request.Url);
            }
        };
    }

    /// <summary>The browser context (cookies).</summary>
    public IBrowserContext Context { get; }

    /// <summary>The page.</summary>
    public IPage Page { get; }

    /// <summary>Every URL the page requested so far.</summary>
    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (_requests)
            {
                return [.. _requests];
            }
        }
    }

    /// <summary>The folder screenshots are kept in.</summary>
    public static string ScreenshotDirectory { get; } = Directory.CreateDirectory(RepositoryRoot.Combine("artifacts", "test-results", "ProjectMap.Web.Tests", "screenshots")).FullName;

    /// <summary>Launches /usr/bin/chromium headless with a 1400×900 page.</summary>
    public static async Task<BrowserSession> StartAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        if (!File.Exists("/usr/bin/chromium"))
        {
            throw new InvalidOperationException("/usr/bin/chromium is missing: install Debian's chromium package (./test.sh does)");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        return new BrowserSession(playwright, browser, context, page);
    }

    /// <summary>Logs in through the login page and waits until the map reports its parcels.</summary>
    public async Task LoginAsync(string baseUrl, string name, string password)
    {
        await Page.GotoAsync(baseUrl + "/");
        await Page.WaitForURLAsync("**/login**");
        await Page.FillAsync("#name", name);
        await Page.FillAsync("#password", password);
        await Page.ClickAsync("#submit");
        await WaitForMapAsync();
    }

    /// <summary>Waits until the viewer has loaded and drawn its parcels.</summary>
    public async Task WaitForMapAsync()
    {
        await Page.WaitForFunctionAsync("() => window.__projectmap && window.__projectmap.ready === true", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await Page.EvaluateAsync("() => window.__projectmap.renderComplete()");
    }

    /// <summary>Takes a screenshot of the page into the screenshot folder and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var path = Path.Combine(ScreenshotDirectory, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        return path;
    }

    /// <summary>The requests whose host is not loopback (data: and blob: URLs are local by nature).</summary>
    public IReadOnlyList<string> NonLoopbackRequests() =>
        Requests.Where(u => !(u.StartsWith("data:", StringComparison.Ordinal) || u.StartsWith("blob:", StringComparison.Ordinal)
                              || (Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.IsLoopback))).ToList();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
