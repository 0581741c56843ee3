using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>One cell of a drawn table: text, optional background, text colour, a leading coloured dot (red/amber/green) and bold.</summary>
/// <param name="Text">The text (wraps within the column).</param>
/// <param name="Fill">Background, or null.</param>
/// <param name="Color">Text colour, or null for the body colour.</param>
/// <param name="Dot">A rating dot drawn before the text, or null.</param>
/// <param name="Bold">Bold text.</param>
public sealed record TableCell(string Text, SKColor? Fill = null, SKColor? Color = null, SKColor? Dot = null, bool Bold = false)
{
    /// <summary>A plain text cell.</summary>
    public static implicit operator TableCell(string text) => new(text);
}
