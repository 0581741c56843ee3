using System.IO.Compression;
using System.Net;
using ProjectMap.Testing;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Api;

/// <summary>The viewer's monthly report download (<c>/api/reports/monthly</c>) on a real Kestrel server over the sample district.</summary>
public sealed class ReportApiTests(ReportsServer fixture) : IClassFixture<ReportsServer>
{
    private ViewerServerFixture Server => fixture.Server;

    [Fact]
    public async Task Config_ServerWithReportWriter_OffersReports()
    {
        var config = await Server.JsonAsLeaderAsync("/api/config");

        Assert.True(config.GetProperty("capabilities").GetProperty("reports").GetBoolean());
    }

    [Fact]
    public async Task Monthly_XlsxDecember2023AsLeader_WorkbookWithTheThreeSheetsAndEveryProject()
    {
        using var response = await Server.GetAsLeaderAsync("/api/reports/monthly?month=2023-12&format=xlsx&lang=zh");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("2023-12.xlsx", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        using var zip = new ZipArchive(new MemoryStream(bytes));
        var workbook = await ReadEntryAsync(zip, "xl/workbook.xml");
        Assert.Contains("汇总", workbook, StringComparison.Ordinal);
        Assert.Contains("项目进展", workbook, StringComparison.Ordinal);
        Assert.Contains("里程碑", workbook, StringComparison.Ordinal);
        var strings = string.Concat(await Task.WhenAll(zip.Entries.Where(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => ReadEntryAsync(zip, e.FullName))));
        foreach (var project in await Server.Store.Projects.ListAsync())
        {
            Assert.Contains(project.NameZh, strings, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Monthly_PdfDecember2023InEnglish_PdfWhoseTextNamesTheMonth()
    {
        using var response = await Server.GetAsLeaderAsync("/api/reports/monthly?month=2023-12&format=pdf&lang=en");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var path = Path.Combine(Server.ScratchDirectory, "report-2023-12-en.pdf");
        await File.WriteAllBytesAsync(path, bytes);
        var (exit, text, error) = ExternalTool.Run("pdftotext", path, "-");
        Assert.True(exit == 0, error);
        Assert.Contains("2023", text, StringComparison.Ordinal);
        Assert.Contains("December", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/reports/monthly?month=2023-12&format=docx", "bad-format")]
    [InlineData("/api/reports/monthly?month=2023-12&format=pdf&lang=fr", "bad-lang")]
    [InlineData("/api/reports/monthly?month=2023-13&format=pdf", "bad-month")]
    public async Task Monthly_BadQuery_400WithReason(string path, string code)
    {
        var answer = await Server.JsonAsLeaderAsync(path, HttpStatusCode.BadRequest);

        Assert.False(string.IsNullOrWhiteSpace(answer.GetProperty("error").GetString()));
        Assert.Equal(code, answer.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Monthly_Anonymous_401()
    {
        using var client = new ViewerClient(Server.BaseUrl);
        using var response = await client.Http.GetAsync(new Uri("/api/reports/monthly?month=2023-12&format=xlsx", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<string> ReadEntryAsync(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new Xunit.Sdk.XunitException($"{name} is missing from the workbook");
        using var reader = new StreamReader(entry.Open());
        return await reader.ReadToEndAsync();
    }
}
