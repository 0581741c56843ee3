using ProjectMap.Testing;

namespace ProjectMap.Rendering.Tests.Maps;

/// <summary>A PDF's text as poppler's <c>pdftotext</c> extracts it, with all whitespace removed (labels wrap across lines).</summary>
public static class PdfText
{
    /// <summary>The text of <paramref name="pdf"/>; fails the test when pdftotext fails.</summary>
    public static string Of(string pdf)
    {
        var (code, text, error) = ExternalTool.Run("pdftotext", "-enc", "UTF-8", pdf, "-");
        Assert.True(code == 0, $"pdftotext {pdf}: {error}");
        return string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
    }
}
