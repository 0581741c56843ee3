using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using ProjectMap.Application.Storage;
using ProjectMap.Domain.Time;
using ProjectMap.Web.Tests.Infrastructure;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>
/// The officers' upload page in Debian's Chromium: photos dropped on the page and chosen with the file input each show
/// their outcome (accepted, duplicate, rejected with the reason) and the stored ones their footprint on the map; an
/// upload cut off mid-way fails, then continues from the bytes the server has (by the resume button, and after the
/// page was reloaded by dropping the same file again); a leader is told they cannot upload and the API refuses 403.
/// </summary>
public sealed partial class UploadPageTests(DefaultServer fixture) : IClassFixture<DefaultServer>
{
    private const int Chunk = 64 * 1024;

    private ViewerServerFixture Server => fixture.Server;

    [GeneratedRegex(@"/api/uploads/[^/?]+\?offset=(\d+)$")]
    private static partial Regex ChunkUrl();

    private static string Sha(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    private static async Task OpenUploadPageAsync(BrowserSession browser, string baseUrl, string user)
    {
        await browser.LoginAsync(baseUrl, user, ViewerServerFixture.Password);
        await browser.Page.ClickAsync("#upload-link");
        await browser.Page.WaitForFunctionAsync("() => window.__upload && window.__upload.ready === true");
    }

    /// <summary>Drops files on the drop zone the way a browser does: dragenter, dragover and drop with a DataTransfer.</summary>
    private static async Task DropAsync(IPage page, params string[] paths)
    {
        var files = paths.Select(p => new { name = Path.GetFileName(p), b64 = Convert.ToBase64String(File.ReadAllBytes(p)) }).ToArray();
        await page.EvaluateAsync("""
            (files) => {
              const dt = new DataTransfer();
              for (const f of files) dt.items.add(new File([Uint8Array.from(atob(f.b64), (c) => c.charCodeAt(0))], f.name, { type: 'image/jpeg' }));
              const zone = document.getElementById('drop-zone');
              for (const type of ['dragenter', 'dragover', 'drop']) zone.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
            }
            """, files);
    }

    private static Task WaitForAllFinishedAsync(IPage page, int count) =>
        page.WaitForFunctionAsync(
            "(n) => { const items = window.__upload.items(); return items.length === n && items.every((i) => ['done', 'failed', 'refused'].includes(i.state)); }",
            count,
            new PageWaitForFunctionOptions { Timeout = 60_000 });

    private static async Task<string> RowAsync(IPage page, string file, string expectedState)
    {
        var row = page.Locator($"#upload-list li[data-file='{file}']");
        Assert.Equal(expectedState, await row.GetAttributeAsync("data-state"));
        return await row.InnerTextAsync();
    }

    /// <summary>How many pixels of the map area in a screenshot are within 10 of a colour.</summary>
    private static async Task<int> PixelsOfAsync(IPage page, string png, string hex)
    {
        var box = (await page.Locator("#map").BoundingBoxAsync())!;
        var colour = ScreenshotPixels.Hex(hex);
        using var image = Image.Load<Rgba32>(png);
        var count = 0;
        for (var y = (int)box.Y; y < Math.Min(image.Height, (int)(box.Y + box.Height)); y++)
        {
            for (var x = (int)box.X; x < Math.Min(image.Width, (int)(box.X + box.Width)); x++)
            {
                if (ScreenshotPixels.Distance(image[x, y], colour) <= 10)
                {
                    count++;
                }
            }
        }

        return count;
    }

    [Fact]
    public async Task Officer_DropsAndPicksPhotos_SeesEachOutcomeAndTheStoredFootprintsOnTheMap()
    {
        var fresh = await Server.WritePhotoAsync("WJ2023-001", new DateTime(2024, 1, 12, 11, 0, 0), 0.9, "DJI_0101.JPG", yawDeg: 20);
        var stored = (await Server.Store.Photos.ListAsync(new PhotoQuery("WJ2023-001", new YearMonth(2023, 12)))).Single();
        var again = Path.Combine(Server.ScratchDirectory, "DJI_AGAIN.JPG");
        File.Copy(Path.Combine(Server.FilesRoot, stored.StoredPath), again, overwrite: true);
        var otherSite = await Server.WritePhotoAsync("WJ2023-005", new DateTime(2024, 1, 8, 10, 0, 0), 0.9, "DJI_0102.JPG");
        var notAPhoto = Path.Combine(Server.ScratchDirectory, "notes.jpg");
        await File.WriteAllTextAsync(notAPhoto, "site notes, not a photo\n" + new string('x', 3000));

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await OpenUploadPageAsync(browser, Server.BaseUrl, "officer");
        Assert.Equal("上传航拍照片", await page.TextContentAsync("h1"));
        Assert.Equal("WJ2023-001", await page.InputValueAsync("#upload-project"));
        Assert.Equal(["WJ2023-001", "WJ2023-002"], await page.Locator("#upload-project option").EvaluateAllAsync<string[]>("os => os.map(o => o.value)"));
        Assert.Contains("200.0 MB", await page.TextContentAsync("#upload-limits"), StringComparison.Ordinal);

        await DropAsync(page, fresh, again);
        await page.SetInputFilesAsync("#file-input", [otherSite, notAPhoto]);
        await WaitForAllFinishedAsync(page, 4);
        await page.EvaluateAsync("() => window.__upload.renderComplete()");
        var png = await browser.ScreenshotAsync("upload-1-outcomes-zh");

        var accepted = await RowAsync(page, "DJI_0101.JPG", "accepted");
        Assert.Contains("已接收", accepted, StringComparison.Ordinal);
        Assert.Contains("归档：WJ2023-001，2024年1月", accepted, StringComparison.Ordinal);
        var duplicate = await RowAsync(page, "DJI_AGAIN.JPG", "duplicate");
        Assert.Contains("重复（已有相同照片）", duplicate, StringComparison.Ordinal);
        Assert.Contains("已存有相同照片（首次上传时文件名为 DJI_0003.JPG）", duplicate, StringComparison.Ordinal);
        var rejected = await RowAsync(page, "DJI_0102.JPG", "rejected");
        Assert.Contains("被拒绝", rejected, StringComparison.Ordinal);
        Assert.Contains("照片覆盖范围与项目 WJ2023-001 的地块不相交", rejected, StringComparison.Ordinal);
        var notPhoto = await RowAsync(page, "notes.jpg", "rejected");
        Assert.Contains("被拒绝", notPhoto, StringComparison.Ordinal);
        Assert.Contains("不是 JPEG 或 TIFF 照片", notPhoto, StringComparison.Ordinal);
        Assert.Equal("完成 4 / 4：接收 1，有提示 0，重复 1，被拒绝 2，未完成 0", await page.TextContentAsync("#upload-summary"));
        Assert.Equal("100%", await page.TextContentAsync("#upload-percent"));
        Assert.True(await page.IsHiddenAsync("#resume-failed"));

        // The accepted and the duplicate photo are on the map (blue and grey outlines); the rejected ones are not.
        Assert.Equal(2, await page.EvaluateAsync<int>("() => window.__upload.footprints()"));
        Assert.True(await PixelsOfAsync(page, png, "#0072b2") > 100, $"the accepted footprint's blue outline should be drawn; see {png}");
        Assert.True(await PixelsOfAsync(page, png, "#757575") > 100, $"the duplicate's grey outline should be drawn; see {png}");
        var marker = await page.EvaluateAsync<double[]?>("(sha) => window.__upload.photoPixel(sha)", Sha(fresh));
        Assert.NotNull(marker);

        // The footprint opens the photo just uploaded.
        await page.Locator("#map").ClickAsync(new LocatorClickOptions { Position = new Position { X = (float)marker[0], Y = (float)marker[1] } });
        await page.WaitForSelectorAsync($"#photo-viewer[data-sha='{Sha(fresh)}']:not([hidden])");
        await page.ClickAsync("#photo-viewer [data-role=photo-close]");

        Assert.Equal("WJ2023-001", (await Server.Store.Photos.FindAsync(Sha(fresh)))!.ProjectCode);
        Assert.Null(await Server.Store.Photos.FindAsync(Sha(otherSite)));

        await page.ClickAsync("#lang");
        Assert.Contains("Accepted", await RowAsync(page, "DJI_0101.JPG", "accepted"), StringComparison.Ordinal);
        Assert.Contains("Duplicate (already stored)", await RowAsync(page, "DJI_AGAIN.JPG", "duplicate"), StringComparison.Ordinal);
        Assert.Contains("does not touch project WJ2023-001's parcel", await RowAsync(page, "DJI_0102.JPG", "rejected"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("upload-2-outcomes-en");
        Assert.Empty(browser.NonLoopbackRequests());
    }

    [Fact]
    public async Task Officer_UploadCutOff_FailsThenResumesFromTheServersBytes_ByButtonAndAfterAReload()
    {
        var first = await Server.WritePhotoAsync("WJ2023-002", new DateTime(2024, 1, 20, 9, 0, 0), 0.5, "DJI_0201.JPG");
        var second = await Server.WritePhotoAsync("WJ2023-002", new DateTime(2024, 1, 21, 9, 0, 0), 0.55, "DJI_0202.JPG", yawDeg: 40);
        Assert.True(new FileInfo(first).Length > 3 * Chunk && new FileInfo(second).Length > 3 * Chunk, "the photos should need several chunks");

        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await OpenUploadPageAsync(browser, Server.BaseUrl, "officer");
        await page.SelectOptionAsync("#upload-project", "WJ2023-002");

        // The network drops every chunk after the first `allowed` ones until `cut` is cleared.
        var offsets = new List<long>();
        var allowed = 2;
        var cut = true;
        await page.RouteAsync(ChunkUrl(), async route =>
        {
            var offset = long.Parse(ChunkUrl().Match(route.Request.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (cut && offsets.Count >= allowed)
            {
                await route.AbortAsync("connectionreset");
                return;
            }

            lock (offsets)
            {
                offsets.Add(offset);
            }

            await route.ContinueAsync();
        });

        // 1. Cut off after two chunks: the file fails (after its retries) and the resume button continues it.
        await page.SetInputFilesAsync("#file-input", first);
        await WaitForAllFinishedAsync(page, 1);
        var failed = await RowAsync(page, "DJI_0201.JPG", "failed");
        Assert.Contains("上传中断（已传 128 KB / 335 KB）：网络连接中断", failed, StringComparison.Ordinal);
        Assert.DoesNotContain("null", failed, StringComparison.Ordinal);
        Assert.True(await page.IsVisibleAsync("#resume-failed"));
        Assert.Contains("未完成 1", await page.TextContentAsync("#upload-summary"), StringComparison.Ordinal);
        await browser.ScreenshotAsync("upload-3-cut-off");
        Assert.Equal([0L, Chunk], offsets);

        cut = false;
        await page.ClickAsync("#resume-failed");
        await WaitForAllFinishedAsync(page, 1);
        Assert.Contains("已接收", await RowAsync(page, "DJI_0201.JPG", "accepted"), StringComparison.Ordinal);
        Assert.Equal(2 * Chunk, offsets[2]);
        Assert.Equal(offsets.Count, offsets.Distinct().Count());
        Assert.Equal("WJ2023-002", (await Server.Store.Photos.FindAsync(Sha(first)))!.ProjectCode);
        await browser.ScreenshotAsync("upload-4-resumed");

        // 2. Cut off after one chunk, then the page is closed: reopened, it lists the unfinished upload, and the same
        //    file dropped again continues from the server's bytes.
        offsets.Clear();
        allowed = 1;
        cut = true;
        await page.SetInputFilesAsync("#file-input", second);
        await page.WaitForFunctionAsync("() => window.__upload.items().some((i) => i.name === 'DJI_0202.JPG' && i.state === 'failed')", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.Equal([0L], offsets);
        cut = false;
        await page.ReloadAsync();
        await page.WaitForFunctionAsync("() => window.__upload && window.__upload.ready === true");
        Assert.Contains("您有 1 个未完成的上传", await page.TextContentAsync("#unfinished"), StringComparison.Ordinal);
        Assert.Contains("DJI_0202.JPG", await page.TextContentAsync("#unfinished"), StringComparison.Ordinal);
        await page.SelectOptionAsync("#upload-project", "WJ2023-002");
        await DropAsync(page, second);
        await WaitForAllFinishedAsync(page, 1);
        Assert.Contains("已接收", await RowAsync(page, "DJI_0202.JPG", "accepted"), StringComparison.Ordinal);
        Assert.True(await page.EvaluateAsync<bool>("() => window.__upload.items()[0].resumed"));
        Assert.Equal(Chunk, offsets[1]);
        Assert.NotNull(await Server.Store.Photos.FindAsync(Sha(second)));
        Assert.Empty(browser.NonLoopbackRequests());
    }

    [Fact]
    public async Task Leader_HasNoUploadLinkIsToldWhyOnThePageAndTheApiRefuses403()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(Server.BaseUrl, "leader", ViewerServerFixture.Password);
        Assert.True(await page.IsHiddenAsync("#upload-link"));

        await page.GotoAsync(Server.BaseUrl + "/upload");
        await page.WaitForFunctionAsync("() => window.__upload && window.__upload.ready === true");

        Assert.Contains("领导账号只能查看项目和航拍，不能上传照片", await page.TextContentAsync("#upload-refused"), StringComparison.Ordinal);
        Assert.True(await page.IsHiddenAsync("#upload-form"));
        var status = await page.EvaluateAsync<int>("""
            async () => {
              const s = await (await fetch('/api/session')).json();
              const r = await fetch('/api/uploads', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': s.antiforgeryToken }, body: JSON.stringify({ fileName: 'a.jpg', size: 1000, project: 'WJ2023-001' }) });
              return r.status;
            }
            """);
        Assert.Equal(403, status);
        await browser.ScreenshotAsync("upload-5-leader-refused");
        Assert.Empty(browser.NonLoopbackRequests());
    }
}
