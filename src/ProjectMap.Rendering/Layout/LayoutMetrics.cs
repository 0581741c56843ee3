using ProjectMap.Rendering.Text;
using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>
/// Sizes on a page: canvas units per millimetre, and a type scale that grows and shrinks with the page (1 on A3's
/// short side of 297 mm, 0.72 on A4, at least <see cref="MinTextPt"/> points for any text, so labels stay legible).
/// </summary>
public sealed class LayoutMetrics
{
    /// <summary>The smallest text size drawn, in points.</summary>
    public const double MinTextPt = 5.5;

    /// <summary>Creates the metrics for a page region of <paramref name="widthMm"/> × <paramref name="heightMm"/>.</summary>
    public LayoutMetrics(float unitsPerMm, double widthMm, double heightMm)
    {
        UnitsPerMm = unitsPerMm;
        TypeScale = Math.Clamp(Math.Min(widthMm, heightMm) / 297.0, 0.72, 1.6);
    }

    /// <summary>Canvas units per millimetre.</summary>
    public float UnitsPerMm { get; }

    /// <summary>Type and spacing scale relative to A3.</summary>
    public double TypeScale { get; }

    /// <summary>Canvas units for <paramref name="mm"/> millimetres (not scaled).</summary>
    public float Mm(double mm) => (float)(mm * UnitsPerMm);

    /// <summary>Canvas units for <paramref name="mm"/> millimetres at A3, scaled with the page.</summary>
    public float Scaled(double mm) => (float)(mm * TypeScale * UnitsPerMm);

    /// <summary>A text style of <paramref name="pointsAtA3"/> points on A3, scaled with the page and never below <see cref="MinTextPt"/>.</summary>
    public TextStyle Text(double pointsAtA3, SKColor color, bool bold = false) => new(Math.Max(MinTextPt, pointsAtA3 * TypeScale), color, bold);
}
