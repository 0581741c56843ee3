using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>Colours of the sheet's furniture (frames, titles, tables).</summary>
public static class SheetColors
{
    /// <summary>Main ink.</summary>
    public static SKColor Ink { get; } = SKColor.Parse("#1f1f1f");

    /// <summary>Secondary ink.</summary>
    public static SKColor MutedInk { get; } = SKColor.Parse("#5a5a5a");

    /// <summary>Table rules.</summary>
    public static SKColor Rule { get; } = SKColor.Parse("#a8a8a8");

    /// <summary>Header band.</summary>
    public static SKColor Band { get; } = SKColor.Parse("#eceae4");

    /// <summary>Alternate table rows.</summary>
    public static SKColor Stripe { get; } = SKColor.Parse("#f7f6f2");
}
