using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace ProjectMap.Web.Tests.EndToEnd;

/// <summary>Reads a screenshot's pixels to check what a person would see (a parcel drawn in its theme colour).</summary>
public static class ScreenshotPixels
{
    /// <summary>The colour at a pixel of a PNG file.</summary>
    public static Rgba32 At(string png, int x, int y)
    {
        using var image = Image.Load<Rgba32>(png);
        return image[x, y];
    }

    /// <summary>Parses "#rrggbb".</summary>
    public static Rgba32 Hex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var n = Convert.ToInt32(hex.TrimStart('#'), 16);
        return new Rgba32((byte)(n >> 16), (byte)(n >> 8), (byte)n);
    }

    /// <summary>The largest per-channel difference between two colours (0–255).</summary>
    public static int Distance(Rgba32 a, Rgba32 b) => Math.Max(Math.Abs(a.R - b.R), Math.Max(Math.Abs(a.G - b.G), Math.Abs(a.B - b.B)));

    /// <summary>
    /// The smallest distance from the pixels in a (2r+1)² window around (x, y) to <paramref name="colour"/> drawn opaque or
    /// at the parcels' 0.75 opacity over the map's background, so anti-aliased edges and markers both count.
    /// </summary>
    public static int NearestDistance(string png, int x, int y, int r, Rgba32 colour, Rgba32 background)
    {
        var blended = new Rgba32(
            (byte)Math.Round((0.75 * colour.R) + (0.25 * background.R)),
            (byte)Math.Round((0.75 * colour.G) + (0.25 * background.G)),
            (byte)Math.Round((0.75 * colour.B) + (0.25 * background.B)));
        using var image = Image.Load<Rgba32>(png);
        var best = int.MaxValue;
        for (var dy = -r; dy <= r; dy++)
        {
            for (var dx = -r; dx <= r; dx++)
            {
                var px = Math.Clamp(x + dx, 0, image.Width - 1);
                var py = Math.Clamp(y + dy, 0, image.Height - 1);
                var p = image[px, py];
                best = Math.Min(best, Math.Min(Distance(p, colour), Distance(p, blended)));
            }
        }

        return best;
    }
}
