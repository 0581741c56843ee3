using ProjectMap.Domain.Ledger;
using ProjectMap.Reports.Model;
using SkiaSharp;

namespace ProjectMap.Rendering.Reports;

/// <summary>The report's colours: a red title rule in the manner of official documents, grey-blue table headers, and status colours.</summary>
public static class ReportPalette
{
    /// <summary>Titles and the rules under them.</summary>
    public static SKColor Accent { get; } = new(0xB0, 0x1E, 0x23);

    /// <summary>Body text.</summary>
    public static SKColor Ink { get; } = new(0x22, 0x22, 0x22);

    /// <summary>Secondary text.</summary>
    public static SKColor Muted { get; } = new(0x66, 0x66, 0x66);

    /// <summary>Table rules.</summary>
    public static SKColor Rule { get; } = new(0x9A, 0xA3, 0xAE);

    /// <summary>Table header background.</summary>
    public static SKColor HeaderFill { get; } = new(0xE3, 0xE9, 0xF2);

    /// <summary>Alternate row and total background.</summary>
    public static SKColor Zebra { get; } = new(0xF5, 0xF7, 0xFA);

    /// <summary>Planned values in charts.</summary>
    public static SKColor Plan { get; } = new(0x7F, 0x8C, 0x9D);

    /// <summary>Actual values in charts.</summary>
    public static SKColor Actual { get; } = new(0x1F, 0x4E, 0x9A);

    /// <summary>Green (正常).</summary>
    public static SKColor Green { get; } = new(0x2E, 0x8B, 0x57);

    /// <summary>Amber (预警).</summary>
    public static SKColor Amber { get; } = new(0xE6, 0x9B, 0x00);

    /// <summary>Red (滞后).</summary>
    public static SKColor Red { get; } = new(0xC6, 0x28, 0x28);

    /// <summary>Not rated.</summary>
    public static SKColor Grey { get; } = new(0xB0, 0xB0, 0xB0);

    /// <summary>The colour of a status.</summary>
    public static SKColor Of(StatusLevel level) => level switch
    {
        StatusLevel.Normal => Green,
        StatusLevel.Warning => Amber,
        _ => Red,
    };

    /// <summary>The light background of a status (table cells).</summary>
    public static SKColor LightOf(StatusLevel level) => level switch
    {
        StatusLevel.Normal => new SKColor(0xDF, 0xF2, 0xE6),
        StatusLevel.Warning => new SKColor(0xFF, 0xF0, 0xC8),
        _ => new SKColor(0xFB, 0xDE, 0xDE),
    };

    /// <summary>The colour of a rating.</summary>
    public static SKColor Of(Rag rag) => rag switch
    {
        Rag.Green => Green,
        Rag.Amber => Amber,
        Rag.Red => Red,
        _ => Grey,
    };
}
