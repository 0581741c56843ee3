using System.Globalization;
using System.Text.RegularExpressions;

namespace ProjectMap.Reports.Tests;

/// <summary>Checks on poppler's view of a PDF.</summary>
public static partial class PdfAssert
{
    /// <summary>
    /// Checks pdfinfo's page size against a paper size in points. Skia rounds page sizes to whole pixels at the PDF's
    /// raster density (220 dpi), so a page is within 0.2 pt (0.07 mm) of the paper, and pdfinfo names the paper.
    /// </summary>
    public static void PageSize(string pdfinfo, double widthPt, double heightPt, string paper)
    {
        var m = PageSizeLine().Match(pdfinfo);
        Assert.True(m.Success, pdfinfo);
        Assert.Equal(widthPt, double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 0.2);
        Assert.Equal(heightPt, double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), 0.2);
        Assert.Equal(paper, m.Groups[3].Value);
    }

    [GeneratedRegex(@"Page size:\s+([\d.]+) x ([\d.]+) pts \((\w+)\)")]
    private static partial Regex PageSizeLine();
}
