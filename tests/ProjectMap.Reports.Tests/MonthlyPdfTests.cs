using System.Globalization;
using System.Text.RegularExpressions;
using ProjectMap.Testing;

namespace ProjectMap.Reports.Tests;

/// <summary>The demo's December 2023 PDF checked with poppler: pages, extractable text, embedded fonts, paper size.</summary>
[Collection(SampleReportCollection.Name)]
public sealed partial class MonthlyPdfTests(SampleReportFixture sample)
{
    private string Pdf => sample.File("monthly-report-2023-12.pdf");

    [Fact]
    public void Pdf_SampleDecember_HasCoverOverviewTableAndOnePagePerProject()
    {
        var info = Run("pdfinfo", Pdf);

        // Cover, 一、总体情况, 二、项目进展一览表 (six rows fit one page), 三、项目详情 × 6.
        Assert.Equal(3 + sample.Projects.Count, int.Parse(PagesLine().Match(info).Groups[1].Value, CultureInfo.InvariantCulture));
        PdfAssert.PageSize(info, 841.89, 595.28, "A4");
    }

    [Fact]
    public void Pdf_Text_ContainsEveryProjectNameAndTheSections()
    {
        var text = Run("pdftotext", "-enc", "UTF-8", Pdf, "-");

        foreach (var p in sample.Projects)
        {
            Assert.Contains(p.NameZh, text, StringComparison.Ordinal);
        }

        foreach (var heading in new[] { "武进区重点项目建设进展月报", "2023年12月", "一、总体情况", "二、项目进展一览表", "三、项目详情", "里程碑节点", "投资完成曲线", "最新航拍", "上月同一视角" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_ProjectPages_CarryTheirOwnNameStatusAndFigures()
    {
        for (var i = 0; i < sample.Projects.Count; i++)
        {
            var page = (4 + i).ToString(CultureInfo.InvariantCulture);
            var text = Run("pdftotext", "-enc", "UTF-8", "-f", page, "-l", page, Pdf, "-");
            var p = sample.Projects[i];
            Assert.Contains($"{i + 1}. {p.NameZh}", text, StringComparison.Ordinal);
            Assert.Contains(p.PlannedInvestmentWan.ToString("#,0.##", CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Pdf_Fonts_AreEmbeddedSubsetTrueTypeNotType3()
    {
        var fonts = Run("pdffonts", Pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        Assert.NotEmpty(fonts);
        Assert.All(fonts, line =>
        {
            Assert.Contains("CID TrueType", line, StringComparison.Ordinal);
            Assert.Matches(@"\s+yes\s+yes\s+yes\s+", line);
        });
    }

    [Fact]
    public void Pdf_ProjectPages_EmbedTheWarpedPhotos()
    {
        var images = Run("pdfimages", "-list", Pdf).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();

        // Project pages (4 on) hold the warped photos as JPEG: every sample project but one has a photo up to December.
        var photos = images.Where(line => int.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) >= 4).ToList();
        Assert.True(photos.Count >= sample.Projects.Count, $"only {photos.Count} images on the project pages");
        Assert.All(photos, line => Assert.Contains("jpeg", line, StringComparison.Ordinal));
    }

    private static string Run(string program, params string[] args)
    {
        var (code, output, error) = ExternalTool.Run(program, args);
        Assert.True(code == 0, $"{program} exited {code}: {error}");
        return output;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();
}
