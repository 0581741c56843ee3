using System.Text.Json;
using ProjectMap.Testing;

namespace ProjectMap.Reports.Tests;

/// <summary><c>projectmap report monthly</c> on the demo store: formats, language, paper, errors, and re-exporting a past month after a correction.</summary>
[Collection(SampleReportCollection.Name)]
public sealed class ReportCommandsTests(SampleReportFixture sample) : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task Monthly_FormatXlsxAndKml_WritesOnlyThoseFiles()
    {
        var (code, output, error) = await SampleDistrict.RunAsync("report", "monthly", "--db", sample.Db, "--month", "2023-12", "--out", _dir.Path, "--format", "xlsx,kml", "--json");

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(["xlsx", "kml"], json.RootElement.EnumerateArray().Select(f => f.GetProperty("format").GetString()));
        Assert.Equal(["monthly-report-2023-12.kml", "monthly-report-2023-12.xlsx"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Monthly_LangEnglishPaperA3_WritesAnEnglishA3Pdf()
    {
        var (code, _, error) = await SampleDistrict.RunAsync("report", "monthly", "--db", sample.Db, "--month", "2023-12", "--out", _dir.Path, "--format", "pdf,xlsx", "--lang", "en", "--paper", "A3");

        Assert.True(code == 0, error);
        var pdf = _dir.Combine("monthly-report-2023-12.pdf");
        var (_, info, _) = ExternalTool.Run("pdfinfo", pdf);
        PdfAssert.PageSize(info, 1190.55, 841.89, "A3");
        var (_, text, _) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.Contains("Key Projects Monthly Progress Report", text, StringComparison.Ordinal);
        Assert.Contains("Xinqihang Intelligent Equipment Manufacturing Project", text, StringComparison.Ordinal);
        Assert.Equal(["Summary", "Progress", "Milestones"], WorkbookReader.Open(_dir.Combine("monthly-report-2023-12.xlsx")).SheetNames);
    }

    [Theory]
    [InlineData("--format", "docx", "--format: 'docx' is not a report format")]
    [InlineData("--paper", "B5", "--paper: 'B5' is not a paper size")]
    [InlineData("--month", "2023-13", "--month")]
    public async Task Monthly_BadOption_FailsWithOneLineNamingIt(string option, string value, string message)
    {
        var args = new List<string> { "report", "monthly", "--db", sample.Db, "--month", "2023-12", "--out", _dir.Path };
        var at = args.IndexOf(option);
        if (at >= 0)
        {
            args[at + 1] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        var (code, output, error) = await SampleDistrict.RunAsync([.. args]);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public async Task Monthly_MissingStore_FailsWithoutCreatingOne()
    {
        var db = _dir.Combine("nothing.gpkg");

        var (code, _, error) = await SampleDistrict.RunAsync("report", "monthly", "--db", db, "--month", "2023-12", "--out", _dir.Combine("out"));

        Assert.Equal(1, code);
        Assert.StartsWith("projectmap: ", error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Dispose();
    }
}
