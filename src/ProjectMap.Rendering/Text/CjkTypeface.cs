using SkiaSharp;

namespace ProjectMap.Rendering.Text;

/// <summary>
/// The one typeface every map and report draws with: a CJK font with Latin glyphs too, loaded explicitly from a file
/// (never the platform default, which draws Chinese as empty boxes, and never chosen by fontconfig, so output is the
/// same on every machine with the same file). Looked up in order: the file named by <c>PROJECTMAP_CJK_FONT</c>, then
/// WenQuanYi Micro Hei (Debian package <c>fonts-wqy-microhei</c>), then Noto Sans CJK SC. The face is checked to hold
/// the glyphs of 重点项目 before it is used.
/// </summary>
public static class CjkTypeface
{
    /// <summary>The environment variable that names a font file (.ttf, .ttc or .otf) to use instead of the defaults.</summary>
    public const string EnvironmentVariable = "PROJECTMAP_CJK_FONT";

    /// <summary>Characters the face must contain to be accepted.</summary>
    public const string ProbeText = "重点项目亿元亩ABC123";

    private static readonly Lazy<(SKTypeface Face, string Path)> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The font files tried after <see cref="EnvironmentVariable"/>, in order.</summary>
    public static IReadOnlyList<string> DefaultPaths { get; } =
    [
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    ];

    /// <summary>The typeface; throws <see cref="FontUnavailableException"/> saying what to install when none loads.</summary>
    public static SKTypeface Regular => Loaded.Value.Face;

    /// <summary>The file the typeface was loaded from.</summary>
    public static string FilePath => Loaded.Value.Path;

    /// <summary>The family name written into SVG and PDF files.</summary>
    public static string FamilyName => Regular.FamilyName;

    private static (SKTypeface Face, string Path) Load()
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            if (!File.Exists(named))
            {
                throw new FontUnavailableException($"{EnvironmentVariable} names '{named}', which does not exist");
            }

            candidates.Add(named);
        }

        candidates.AddRange(DefaultPaths.Where(File.Exists));
        foreach (var path in candidates)
        {
            // A collection (.ttc) is taken apart first: Skia's PDF backend embeds only plain TrueType/OpenType data as a
            // real subset font, and writes faces loaded from a collection as Type 3 glyph drawings.
            using var data = SKData.CreateCopy(SfntCollection.Extract(File.ReadAllBytes(path), 0));
            var face = SKTypeface.FromData(data);
            if (face is null)
            {
                continue;
            }

            using var font = new SKFont(face, 12);
            if (font.ContainsGlyphs(ProbeText))
            {
                return (face, path);
            }

            face.Dispose();
        }

        throw new FontUnavailableException(
            "no font with Chinese glyphs found, so Chinese text cannot be drawn legibly: install fonts-wqy-microhei " +
            $"(apt-get install fonts-wqy-microhei) or set {EnvironmentVariable} to a .ttf/.ttc/.otf with Chinese glyphs");
    }
}
