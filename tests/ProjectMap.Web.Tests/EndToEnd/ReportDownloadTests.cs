using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>A leader in Debian's Chromium downloads the monthly report of the month on the slider, in the page's language.</summary>
public sealed class ReportDownloadTests(ReportsServer fixture) : IClassFixture<ReportsServer>
{
    [Fact]
    public async Task Leader_MovesSliderToNovemberAndClicksReportButtons_DownloadsThatMonthsWorkbookAndPdf()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = browser.Page;
        await browser.LoginAsync(fixture.Server.BaseUrl, "leader", ViewerServerFixture.Password);

        Assert.True(await page.IsVisibleAsync("#report-link"));
        Assert.Equal("月报 PDF", (await page.TextContentAsync("#report-link"))?.Trim());
        Assert.Equal("月报 Excel", (await page.TextContentAsync("#report-xlsx-link"))?.Trim());
        await page.ClickAsync("#month-prev");
        await page.WaitForFunctionAsync("() => window.__projectmap.month() === '2023-11'");
        await browser.ScreenshotAsync("report-1-buttons-november-zh");

        var workbook = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-xlsx-link"));
        Assert.Equal("重点项目月报-2023-11.xlsx", workbook.SuggestedFilename);
        var xlsx = Path.Combine(fixture.Server.ScratchDirectory, "downloaded-2023-11.xlsx");
        await workbook.SaveAsAsync(xlsx);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(xlsx)).AsSpan(0, 2)));

        await page.ClickAsync("#lang");
        Assert.Equal("Monthly report (PDF)", (await page.TextContentAsync("#report-link"))?.Trim());
        var pdf = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#report-link"));
        Assert.Equal("monthly-report-2023-11.pdf", pdf.SuggestedFilename);
        var pdfPath = Path.Combine(fixture.Server.ScratchDirectory, "downloaded-2023-11.pdf");
        await pdf.SaveAsAsync(pdfPath);
        var (exit, text, error) = ProjectMap.Testing.ExternalTool.Run("pdftotext", pdfPath, "-");
        Assert.True(exit == 0, error);
        Assert.Contains("November 2023", text, StringComparison.Ordinal);
    }
}
