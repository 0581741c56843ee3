using System.Globalization;
using ProjectMap.Testing;
using SkiaSharp;

namespace ProjectMap.Rendering.Tests.Maps;

/// <summary>
/// Compares a rendered PNG with a committed reference image under <c>TestData/maps</c> with an explicit tolerance:
/// same size, mean absolute channel difference at most <see cref="MaxMeanDifference"/> (of 255), and at most
/// <see cref="MaxChangedFraction"/> of pixels differing by more than <see cref="ChangedThreshold"/> in any channel
/// (text anti-aliasing and image resampling may move a little between SkiaSharp builds; a moved label or a changed
/// colour does not pass). A missing or different reference fails the test and leaves the actual image beside the test
/// output for a person to look at; references are never rewritten by the tests.
/// </summary>
public static class ImageComparison
{
    /// <summary>Largest mean absolute channel difference accepted (0–255 scale).</summary>
    public const double MaxMeanDifference = 0.6;

    /// <summary>A channel difference above this counts the pixel as changed.</summary>
    public const int ChangedThreshold = 48;

    /// <summary>Largest fraction of changed pixels accepted.</summary>
    public const double MaxChangedFraction = 0.002;

    /// <summary>Asserts <paramref name="png"/> matches the reference <paramref name="name"/> within the tolerance.</summary>
    public static void AssertMatchesReference(byte[] png, string name)
    {
        var reference = RepositoryRoot.Combine("tests", "ProjectMap.Rendering.Tests", "TestData", "maps", name);
        var actualPath = Path.Combine(AppContext.BaseDirectory, "actual", name);
        if (!File.Exists(reference))
        {
            Save(png, actualPath);
            Assert.Fail($"no reference image {reference}; the actual image is at {actualPath}: look at it, and commit it as the reference only if it is right");
        }

        using var expected = SKBitmap.Decode(reference);
        using var actual = SKBitmap.Decode(png);
        Assert.True(expected.Width == actual.Width && expected.Height == actual.Height, $"size {actual.Width}×{actual.Height} differs from the reference's {expected.Width}×{expected.Height}");
        var (mean, changed) = Difference(expected, actual);
        if (mean > MaxMeanDifference || changed > MaxChangedFraction)
        {
            Save(png, actualPath);
            Assert.Fail(string.Create(
                CultureInfo.InvariantCulture,
                $"{name}: mean channel difference {mean:0.000} (max {MaxMeanDifference}), changed pixels {changed:P3} (max {MaxChangedFraction:P3}); actual image at {actualPath}"));
        }
    }

    /// <summary>The mean absolute channel difference and the fraction of changed pixels between two images of one size.</summary>
    public static (double Mean, double ChangedFraction) Difference(SKBitmap a, SKBitmap b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        long sum = 0;
        long changed = 0;
        for (var y = 0; y < a.Height; y++)
        {
            for (var x = 0; x < a.Width; x++)
            {
                var p = a.GetPixel(x, y);
                var q = b.GetPixel(x, y);
                var dr = Math.Abs(p.Red - q.Red);
                var dg = Math.Abs(p.Green - q.Green);
                var db = Math.Abs(p.Blue - q.Blue);
                sum += dr + dg + db;
                if (Math.Max(dr, Math.Max(dg, db)) > ChangedThreshold)
                {
                    changed++;
                }
            }
        }

        var pixels = (double)a.Width * a.Height;
        return (sum / (pixels * 3), changed / pixels);
    }

    private static void Save(byte[] png, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, png);
    }
}
