using ProjectMap.Domain.Ledger;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Styles;

/// <summary>
/// How a status is drawn: red/amber/green as leaders expect, and — so the map still reads for colour-blind readers
/// and in greyscale — a different line for each: 正常 thin solid, 预警 dashed, 滞后 thick with a double rule.
/// </summary>
/// <param name="Level">The status.</param>
/// <param name="Stroke">Outline colour.</param>
/// <param name="Tint">Light fill colour.</param>
/// <param name="WidthMm">Outline width in millimetres.</param>
/// <param name="DashMm">Dash and gap lengths in millimetres, or empty for a solid line.</param>
/// <param name="DoubleRule">True to draw a thin white rule inside the outline (a double line).</param>
public sealed record StatusStyle(StatusLevel Level, SKColor Stroke, SKColor Tint, float WidthMm, float[] DashMm, bool DoubleRule)
{
    /// <summary>正常: green, thin solid.</summary>
    public static StatusStyle Normal { get; } = new(StatusLevel.Normal, SKColor.Parse("#1a9641"), SKColor.Parse("#d9f0d3"), 0.45f, [], false);

    /// <summary>预警: amber, dashed.</summary>
    public static StatusStyle Warning { get; } = new(StatusLevel.Warning, SKColor.Parse("#f29e00"), SKColor.Parse("#fee8c8"), 0.7f, [1.6f, 0.8f], false);

    /// <summary>滞后: red, thick double rule.</summary>
    public static StatusStyle Delayed { get; } = new(StatusLevel.Delayed, SKColor.Parse("#d7191c"), SKColor.Parse("#fcd5d0"), 1.1f, [], true);

    /// <summary>The style of a status.</summary>
    public static StatusStyle Of(StatusLevel level) => level switch
    {
        StatusLevel.Warning => Warning,
        StatusLevel.Delayed => Delayed,
        _ => Normal,
    };

    /// <summary>A stroke paint for a canvas with <paramref name="unitsPerMm"/> units per millimetre (the caller disposes it).</summary>
    public SKPaint CreateStroke(float unitsPerMm)
    {
        var paint = new SKPaint
        {
            IsAntialias = true,
            Style = SKPaintStyle.Stroke,
            Color = Stroke,
            StrokeWidth = WidthMm * unitsPerMm,
            StrokeJoin = SKStrokeJoin.Round,
        };
        if (DashMm.Length > 0)
        {
            paint.PathEffect = SKPathEffect.CreateDash(DashMm.Select(d => d * unitsPerMm).ToArray(), 0);
        }

        return paint;
    }
}
