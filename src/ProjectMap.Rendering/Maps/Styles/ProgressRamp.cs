using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Styles;

/// <summary>
/// The classed progress ramp shared by the completion and investment overlays: six classes (0–20, 20–40, 40–60,
/// 60–80, 80–100 % and complete) on ColorBrewer's sequential YlGnBu (Cynthia Brewer, Penn State), which stays ordered
/// for the common colour-vision deficiencies and in greyscale: light = little done, dark blue = complete. Projects
/// without a figure get a hatched grey.
/// </summary>
public static class ProgressRamp
{
    /// <summary>The classes, lowest first.</summary>
    public static IReadOnlyList<ProgressClass> Classes { get; } =
    [
        new(0, 20, SKColor.Parse("#ffffcc"), "0–20%", "0–20%"),
        new(20, 40, SKColor.Parse("#c7e9b4"), "20–40%", "20–40%"),
        new(40, 60, SKColor.Parse("#7fcdbb"), "40–60%", "40–60%"),
        new(60, 80, SKColor.Parse("#41b6c4"), "60–80%", "60–80%"),
        new(80, 100, SKColor.Parse("#2c7fb8"), "80–100%", "80–100%"),
        new(100, 100, SKColor.Parse("#253494"), "100% 已完成", "100% complete"),
    ];

    /// <summary>The fill of projects without a figure (no milestones, or no planned total).</summary>
    public static SKColor NoData { get; } = SKColor.Parse("#d9d9d9");

    /// <summary>The class of a percentage (values are clamped to 0–100), or null for no figure.</summary>
    public static ProgressClass? ClassOf(decimal? pct)
    {
        if (pct is not { } p)
        {
            return null;
        }

        var v = Math.Clamp((double)p, 0, 100);
        if (v >= 100)
        {
            return Classes[^1];
        }

        return Classes.First(c => v < c.ToPct || c.ToPct >= 100);
    }

    /// <summary>True when text on <paramref name="fill"/> should be white (the two darkest classes).</summary>
    public static bool IsDark(SKColor fill)
    {
        var luminance = (0.2126 * fill.Red) + (0.7152 * fill.Green) + (0.0722 * fill.Blue);
        return luminance < 128;
    }
}
