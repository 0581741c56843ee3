using System.Globalization;

namespace ProjectMap.Rendering.Maps;

/// <summary>
/// The page a map is laid out on: its size in millimetres and the raster density in dots per inch. Paper sizes (ISO A4,
/// A3…) give a true print scale; pixel sizes (WxH) are laid out as if printed at <see cref="Dpi"/>.
/// </summary>
/// <param name="WidthMm">Page width in millimetres.</param>
/// <param name="HeightMm">Page height in millimetres.</param>
/// <param name="Dpi">Raster density in dots per inch (PNG pixels per inch; PDF images are rasterised at it).</param>
/// <param name="Name">"A3", "A4"… or "WxH px".</param>
/// <param name="IsPaper">True for a paper size, false for a page given in pixels.</param>
public sealed record MapPage(double WidthMm, double HeightMm, double Dpi, string Name, bool IsPaper)
{
    /// <summary>Millimetres per inch.</summary>
    public const double MmPerInch = 25.4;

    /// <summary>The smallest page side accepted, in pixels.</summary>
    public const int MinSidePx = 320;

    /// <summary>The largest page side accepted, in pixels (an A0 sheet at 300 dpi is about 14,000 px).</summary>
    public const int MaxSidePx = 16_000;

    private static readonly Dictionary<string, (double W, double H)> Iso = new(StringComparer.OrdinalIgnoreCase)
    {
        ["A0"] = (841, 1189),
        ["A1"] = (594, 841),
        ["A2"] = (420, 594),
        ["A3"] = (297, 420),
        ["A4"] = (210, 297),
    };

    /// <summary>Page width in pixels at <see cref="Dpi"/>.</summary>
    public int WidthPx => (int)Math.Round(WidthMm / MmPerInch * Dpi);

    /// <summary>Page height in pixels at <see cref="Dpi"/>.</summary>
    public int HeightPx => (int)Math.Round(HeightMm / MmPerInch * Dpi);

    /// <summary>Raster pixels per millimetre.</summary>
    public double PixelsPerMm => Dpi / MmPerInch;

    /// <summary>The orientation (landscape when width ≥ height).</summary>
    public PageOrientation Orientation => WidthMm >= HeightMm ? PageOrientation.Landscape : PageOrientation.Portrait;

    /// <summary>An ISO paper size (A0–A4) in an orientation at a density.</summary>
    public static MapPage Paper(string name, PageOrientation orientation, double dpi)
    {
        if (!Iso.TryGetValue(name ?? string.Empty, out var size))
        {
            throw new ArgumentException($"'{name}' is not a paper size; use A4, A3, A2, A1 or A0, or pixels as WIDTHxHEIGHT", nameof(name));
        }

        CheckDpi(dpi);
        var (w, h) = orientation == PageOrientation.Landscape ? (size.H, size.W) : (size.W, size.H);
        return Checked(new MapPage(w, h, dpi, name!.ToUpperInvariant(), true));
    }

    /// <summary>A page of <paramref name="widthPx"/> × <paramref name="heightPx"/> pixels laid out as if printed at <paramref name="dpi"/>.</summary>
    public static MapPage Pixels(int widthPx, int heightPx, double dpi)
    {
        CheckDpi(dpi);
        return Checked(new MapPage(widthPx / dpi * MmPerInch, heightPx / dpi * MmPerInch, dpi, string.Create(CultureInfo.InvariantCulture, $"{widthPx}x{heightPx} px"), false));
    }

    /// <summary>
    /// Parses a size: a paper name (A4, A3, A2, A1, A0; landscape unless <paramref name="orientation"/> says portrait) or
    /// pixels as <c>WIDTHxHEIGHT</c> (orientation ignored). Throws <see cref="FormatException"/> with the reason.
    /// </summary>
    public static MapPage Parse(string? size, double dpi, PageOrientation? orientation)
    {
        var text = (size ?? "A3").Trim();
        if (Iso.ContainsKey(text))
        {
            try
            {
                return Paper(text, orientation ?? PageOrientation.Landscape, dpi);
            }
            catch (ArgumentException e)
            {
                throw new FormatException(e.Message, e);
            }
        }

        var parts = text.Split('x', 'X', '×');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var w)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var h))
        {
            try
            {
                return Pixels(w, h, dpi);
            }
            catch (ArgumentException e)
            {
                throw new FormatException(e.Message, e);
            }
        }

        throw new FormatException($"--size: '{size}' is not a page size; use A4, A3 (A2, A1, A0) or pixels as WIDTHxHEIGHT, e.g. 2480x1754");
    }

    private static void CheckDpi(double dpi)
    {
        if (!double.IsFinite(dpi) || dpi < 36 || dpi > 1200)
        {
            throw new ArgumentOutOfRangeException(nameof(dpi), dpi, "dpi must be between 36 and 1200 (150 or 300 for print)");
        }
    }

    private static MapPage Checked(MapPage page)
    {
        if (page.WidthPx < MinSidePx || page.HeightPx < MinSidePx || page.WidthPx > MaxSidePx || page.HeightPx > MaxSidePx)
        {
            throw new ArgumentOutOfRangeException(
                nameof(page), page.Name, string.Create(CultureInfo.InvariantCulture, $"the page would be {page.WidthPx}×{page.HeightPx} px; each side must be {MinSidePx}–{MaxSidePx} px"));
        }

        return page;
    }
}
