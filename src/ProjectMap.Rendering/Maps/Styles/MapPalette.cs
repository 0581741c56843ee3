using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Styles;

/// <summary>The neutral colours of the layout: paper, ink, grid, frame and the map's background.</summary>
public static class MapPalette
{
    /// <summary>Page colour.</summary>
    public static SKColor Paper { get; } = SKColors.White;

    /// <summary>Main text and frame lines.</summary>
    public static SKColor Ink { get; } = SKColor.Parse("#1f1f1f");

    /// <summary>Secondary text (notes, units).</summary>
    public static SKColor MutedInk { get; } = SKColor.Parse("#5a5a5a");

    /// <summary>The map's background where there is no basemap: a pale warm grey, so white label halos stand out.</summary>
    public static SKColor MapBackground { get; } = SKColor.Parse("#f4f2ee");

    /// <summary>Kilometre grid lines inside the map.</summary>
    public static SKColor Grid { get; } = SKColor.Parse("#b9b4aa");

    /// <summary>Parcel outlines.</summary>
    public static SKColor ParcelOutline { get; } = SKColor.Parse("#3b3b3b");

    /// <summary>Leader lines from labels to their features.</summary>
    public static SKColor Leader { get; } = SKColor.Parse("#4a4a4a");

    /// <summary>Rules in tables and panels.</summary>
    public static SKColor Rule { get; } = SKColor.Parse("#9a9a9a");

    /// <summary>Light band behind table headers and the title.</summary>
    public static SKColor Band { get; } = SKColor.Parse("#eceae4");

    /// <summary>Accent for the title rule.</summary>
    public static SKColor Accent { get; } = SKColor.Parse("#253494");
}
