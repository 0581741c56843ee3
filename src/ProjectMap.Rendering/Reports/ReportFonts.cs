using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// Fonts for report pages, whose canvases are in PDF points: the product's one CJK typeface (<see cref="CjkTypeface"/>,
/// embedded in PDFs as a subset CID TrueType font so the text stays extractable) at a size in points.
/// </summary>
public sealed class ReportFonts
{
    private ReportFonts()
    {
    }

    /// <summary>The fonts; throws <see cref="FontUnavailableException"/> saying what to install when no CJK font loads.</summary>
    public static ReportFonts Load()
    {
        _ = CjkTypeface.Regular;
        return new ReportFonts();
    }

    /// <summary>A font of <paramref name="size"/> points (the caller disposes it); bold is the regular face emboldened, drawn by <see cref="TextPainter"/> as real text.</summary>
    public SKFont Font(float size, bool bold = false) => new TextStyle(size, SKColors.Black, bold).CreateFont(Maps.MapRenderer.PointsPerMm);
}
