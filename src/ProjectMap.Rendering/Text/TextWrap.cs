using SkiaSharp;

namespace ProjectMap.Rendering.Text;

/// <summary>
/// Breaks text into lines no wider than a width: between any two Chinese characters, at spaces, and inside a Latin
/// word only when the word alone is wider than the line; the last allowed line ends in "…" when text is left over.
/// </summary>
public static class TextWrap
{
    /// <summary>The ellipsis appended to truncated text.</summary>
    public const string Ellipsis = "…";

    /// <summary>Lines of <paramref name="text"/> each at most <paramref name="maxWidth"/> wide in <paramref name="font"/>, at most <paramref name="maxLines"/> of them.</summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float maxWidth, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(font);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLines, 1);
        var lines = new List<string>();
        var tokens = Tokens(text ?? string.Empty);
        var current = string.Empty;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            var candidate = current.Length == 0 ? token.TrimStart() : current + token;
            if (font.MeasureText(candidate) <= maxWidth || (current.Length == 0 && token.Length == 1))
            {
                current = candidate;
                i++;
                continue;
            }

            if (current.Length == 0)
            {
                // One Latin word wider than the line: split it by characters.
                var word = token.TrimStart();
                var fit = Fit(word, font, maxWidth);
                if (fit.Length == 0)
                {
                    fit = word[..(char.IsHighSurrogate(word[0]) && word.Length > 1 ? 2 : 1)];
                }

                lines.Add(fit);
                tokens[i] = token.TrimStart()[fit.Length..];
            }
            else
            {
                lines.Add(current.TrimEnd());
                current = string.Empty;
            }

            if (lines.Count == maxLines)
            {
                break;
            }
        }

        if (lines.Count < maxLines && current.Length > 0)
        {
            lines.Add(current.TrimEnd());
            current = string.Empty;
            i = tokens.Count;
        }

        if (i < tokens.Count || current.Length > 0)
        {
            lines[^1] = Truncate(lines[^1], font, maxWidth);
        }

        return lines;
    }

    /// <summary><paramref name="text"/> as it is when it fits <paramref name="maxWidth"/>, else cut and ended with "…".</summary>
    public static string Truncate(string text, SKFont font, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        if (font.MeasureText(text + Ellipsis) <= maxWidth)
        {
            return text + Ellipsis;
        }

        var kept = Fit(text, font, maxWidth - font.MeasureText(Ellipsis));
        return kept.TrimEnd() + Ellipsis;
    }

    /// <summary><paramref name="text"/> unchanged when it fits <paramref name="maxWidth"/>, else truncated with "…".</summary>
    public static string FitOrTruncate(string text, SKFont font, float maxWidth)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(font);
        return font.MeasureText(text) <= maxWidth ? text : Truncate(text, font, maxWidth);
    }

    private static string Fit(string text, SKFont font, float maxWidth)
    {
        var n = 0;
        while (n < text.Length)
        {
            var next = n + (char.IsHighSurrogate(text[n]) && n + 1 < text.Length ? 2 : 1);
            if (font.MeasureText(text.AsSpan(0, next)) > maxWidth)
            {
                break;
            }

            n = next;
        }

        return text[..n];
    }

    /// <summary>Breakable units: each CJK character alone, Latin words with the spaces before them, other characters alone.</summary>
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i < text.Length && IsWordChar(text[i]))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else if (i < text.Length)
            {
                i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;

                // Closing punctuation stays with the character before it.
                while (i < text.Length && "，。、；：）)」》,.;:%".Contains(text[i], StringComparison.Ordinal))
                {
                    i++;
                }
            }

            tokens.Add(text[start..i]);
        }

        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '\'' or '&' or '/' or '%' or '(' or ')';
}
