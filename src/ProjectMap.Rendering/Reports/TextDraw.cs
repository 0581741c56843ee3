using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>Measuring, wrapping and drawing report text (Chinese breaks between any two characters, Latin words at spaces).</summary>
public static class TextDraw
{
    /// <summary>Horizontal offset of the second pass of bold text, as a share of the font size.</summary>
    public const float BoldOffset = 0.045f;

    private const string NoLineStart = "，。、；：？！）》」』】,.;:?!)%";

    /// <summary>The advance width of <paramref name="text"/> in points.</summary>
    public static float Width(SKFont font, string text)
    {
        ArgumentNullException.ThrowIfNull(font);
        return string.IsNullOrEmpty(text) ? 0 : font.MeasureText(text);
    }

    /// <summary>Draws one line with its baseline at <paramref name="y"/>; <paramref name="align"/> is relative to <paramref name="x"/>.</summary>
    public static void Line(SKCanvas canvas, string text, float x, float y, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        if (string.IsNullOrEmpty(text))
        {
            return;
        }

        using var paint = new SKPaint { Color = color, IsAntialias = true };
        if (!font.Embolden)
        {
            canvas.DrawText(text, x, y, align, font, paint);
            return;
        }

        // Skia's PDF backend draws emboldened glyphs as Type 3 outlines; two real-text passes a hair apart look bold
        // and keep one embedded font (PDF text extractors drop the overlapping duplicate).
        using var regular = new SKFont(font.Typeface, font.Size) { Subpixel = font.Subpixel, Edging = font.Edging };
        var offset = font.Size * BoldOffset;
        canvas.DrawText(text, x - (offset / 2), y, align, regular, paint);
        canvas.DrawText(text, x + (offset / 2), y, align, regular, paint);
    }

    /// <summary>Draws one line shortened with … to fit <paramref name="maxWidth"/>.</summary>
    public static void Fitted(SKCanvas canvas, string text, float x, float y, float maxWidth, SKFont font, SKColor color, SKTextAlign align = SKTextAlign.Left) =>
        Line(canvas, Ellipsis(font, text, maxWidth), x, y, font, color, align);

    /// <summary>The text shortened with … so that it fits <paramref name="maxWidth"/> points.</summary>
    public static string Ellipsis(SKFont font, string text, float maxWidth)
    {
        if (Width(font, text) <= maxWidth)
        {
            return text;
        }

        var s = text;
        while (s.Length > 0 && Width(font, s + "…") > maxWidth)
        {
            s = s[..^1];
        }

        return s + "…";
    }

    /// <summary>Breaks text into lines no wider than <paramref name="maxWidth"/> points; explicit newlines are kept.</summary>
    public static IReadOnlyList<string> Wrap(SKFont font, string? text, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        foreach (var paragraph in text.Split('\n'))
        {
            var line = string.Empty;
            var i = 0;
            while (i < paragraph.Length)
            {
                var token = NextToken(paragraph, i);
                var candidate = line + token;
                if (line.Length == 0 || Width(font, candidate.TrimEnd()) <= maxWidth || NoLineStart.Contains(token[0], StringComparison.Ordinal))
                {
                    if (line.Length == 0 && Width(font, token) > maxWidth && token.Length > 1)
                    {
                        token = token[..Math.Max(1, FitChars(font, token, maxWidth))];
                    }

                    line = line.Length == 0 ? token.TrimStart() : candidate;
                    i += token.Length;
                    continue;
                }

                lines.Add(line.TrimEnd());
                line = string.Empty;
            }

            lines.Add(line.TrimEnd());
        }

        return lines;
    }

    /// <summary>Draws wrapped text from the top-left corner; returns the height used in points.</summary>
    public static float Paragraph(SKCanvas canvas, string text, float x, float top, float width, SKFont font, SKColor color, float lineHeight)
    {
        var lines = Wrap(font, text, width);
        var baseline = top + (lineHeight * 0.78f);
        foreach (var l in lines)
        {
            Line(canvas, l, x, baseline, font, color);
            baseline += lineHeight;
        }

        return lines.Count * lineHeight;
    }

    private static int FitChars(SKFont font, string token, float maxWidth)
    {
        var n = token.Length;
        while (n > 1 && Width(font, token[..n]) > maxWidth)
        {
            n--;
        }

        return n;
    }

    /// <summary>A Latin word with its trailing spaces, or one other character.</summary>
    private static string NextToken(string s, int start)
    {
        if (!IsWordChar(s[start]))
        {
            return s[start].ToString();
        }

        var end = start;
        while (end < s.Length && IsWordChar(s[end]))
        {
            end++;
        }

        while (end < s.Length && s[end] == ' ')
        {
            end++;
        }

        return s[start..end];
    }

    private static bool IsWordChar(char c) => c < 0x2E80 && c != ' ';
}
