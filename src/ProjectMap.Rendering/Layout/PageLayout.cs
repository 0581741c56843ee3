using SkiaSharp;

namespace ProjectMap.Rendering.Layout;

/// <summary>
/// The regions of a map sheet inside a rectangle: a double frame (thick outer, thin inner, as Chinese thematic maps
/// are framed), a title band, the map, a side panel (right in landscape, below in portrait) and a footer for the
/// credit line and the 审图号.
/// </summary>
/// <param name="Outer">The outer frame line.</param>
/// <param name="Inner">The inner frame line.</param>
/// <param name="Title">The title band.</param>
/// <param name="Map">The map's region (the neat line is inset from it to leave room for grid labels).</param>
/// <param name="MapFrame">The map's neat line.</param>
/// <param name="Panel">The legend and list panel.</param>
/// <param name="Footer">The footer band.</param>
/// <param name="Metrics">Sizes on this page.</param>
/// <param name="Landscape">True when the panel is at the right.</param>
public sealed record PageLayout(SKRect Outer, SKRect Inner, SKRect Title, SKRect Map, SKRect MapFrame, SKRect Panel, SKRect Footer, LayoutMetrics Metrics, bool Landscape)
{
    /// <summary>True for a map embedded in another page: no frames or title, and the scale caption names no paper size.</summary>
    public bool Embedded { get; init; }

    /// <summary>
    /// Lays out a sheet in <paramref name="bounds"/> on a canvas with <paramref name="unitsPerMm"/> units per millimetre;
    /// <paramref name="embedded"/> leaves out the frames and the title band (a map inside another page).
    /// </summary>
    public static PageLayout Compute(SKRect bounds, float unitsPerMm, bool embedded = false)
    {
        var widthMm = bounds.Width / unitsPerMm;
        var heightMm = bounds.Height / unitsPerMm;
        var m = new LayoutMetrics(unitsPerMm, widthMm, heightMm);
        var margin = embedded ? 0 : m.Mm(Math.Clamp(Math.Min(widthMm, heightMm) * 0.025, 3, 10));
        var outer = Deflate(bounds, margin);
        var inner = embedded ? outer : Deflate(outer, m.Scaled(1.4));
        var pad = embedded ? 0 : m.Scaled(3);
        var titleHeight = embedded ? 0 : m.Scaled(19);
        var footerHeight = m.Scaled(8);
        var title = new SKRect(inner.Left + pad, inner.Top + pad, inner.Right - pad, inner.Top + pad + titleHeight);
        var footer = new SKRect(inner.Left + pad, inner.Bottom - footerHeight, inner.Right - pad, inner.Bottom - (pad * 0.4f));
        var body = new SKRect(inner.Left + pad, title.Bottom + pad, inner.Right - pad, footer.Top - (embedded ? m.Scaled(1.5) : pad * 0.6f));
        var landscape = body.Width >= body.Height * 1.1f;
        SKRect map, panel;
        if (landscape)
        {
            var panelWidth = Math.Clamp(body.Width * 0.27f, m.Mm(62), m.Mm(150));
            panel = new SKRect(body.Right - panelWidth, body.Top, body.Right, body.Bottom);
            map = new SKRect(body.Left, body.Top, panel.Left - m.Scaled(3), body.Bottom);
        }
        else
        {
            var panelHeight = Math.Clamp(body.Height * 0.30f, m.Mm(60), m.Mm(180));
            panel = new SKRect(body.Left, body.Bottom - panelHeight, body.Right, body.Bottom);
            map = new SKRect(body.Left, body.Top, body.Right, panel.Top - m.Scaled(3));
        }

        var gridMargin = m.Scaled(5.5);
        var frame = new SKRect(map.Left + gridMargin, map.Top + gridMargin, map.Right - gridMargin, map.Bottom - gridMargin);
        return new PageLayout(outer, inner, title, map, frame, panel, footer, m, landscape) { Embedded = embedded };
    }

    private static SKRect Deflate(SKRect r, float by) => new(r.Left + by, r.Top + by, r.Right - by, r.Bottom - by);
}
