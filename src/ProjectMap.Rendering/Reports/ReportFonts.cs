using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>
/// The CJK typeface reports are drawn with. Skia's default typeface has no Chinese glyphs (it draws empty boxes), so
/// the WenQuanYi Micro Hei file (Debian package fonts-wqy-microhei) is loaded explicitly, else any installed face that
/// has 中 and 年; PDFs embed the subset of glyphs used as a CID TrueType font, so the text stays extractable.
/// </summary>
public sealed class ReportFonts : IDisposable
{
    /// <summary>Where Debian installs WenQuanYi Micro Hei.</summary>
    public const string WqyMicroHeiPath = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    private ReportFonts(SKTypeface typeface) => Typeface = typeface;

    /// <summary>The typeface.</summary>
    public SKTypeface Typeface { get; }

    /// <summary>Loads the CJK typeface; throws <see cref="InvalidOperationException"/> naming the package to install when none is found.</summary>
    public static ReportFonts Load()
    {
        if (File.Exists(WqyMicroHeiPath) && FromFile(WqyMicroHeiPath) is { } wqy)
        {
            return new ReportFonts(wqy);
        }

        var matched = SKFontManager.Default.MatchCharacter('中');
        if (matched is not null)
        {
            using var probe = new SKFont(matched);
            if (probe.ContainsGlyphs("年月"))
            {
                return new ReportFonts(matched);
            }
        }

        throw new InvalidOperationException($"no Chinese font: install fonts-wqy-microhei (apt-get install fonts-wqy-microhei; expected {WqyMicroHeiPath})");
    }

    /// <summary>
    /// Loads the first face of a font file; a collection (.ttc) is first taken apart into a plain TrueType font so that
    /// PDFs embed it as a real subset font rather than Type 3 glyph drawings (see <see cref="SfntCollection"/>).
    /// </summary>
    public static SKTypeface? FromFile(string path)
    {
        var bytes = SfntCollection.Extract(File.ReadAllBytes(path), 0);
        using var data = SKData.CreateCopy(bytes);
        return SKTypeface.FromData(data);
    }

    /// <summary>A font of <paramref name="size"/> points; bold is drawn emboldened (the face has no bold weight).</summary>
    public SKFont Font(float size, bool bold = false) => new(Typeface, size) { Embolden = bold, Subpixel = true, Edging = SKFontEdging.Antialias };

    /// <inheritdoc />
    public void Dispose() => Typeface.Dispose();
}
