using SkiaSharp;

namespace ProjectMap.Rendering.Synthetic.Scene;

/// <summary>Everything the synthetic camera can see of a region at one moment: painted layers and solids, in grid metres.</summary>
public sealed class SceneModel
{
    /// <summary>Paint for ground not covered by any item (sRGB).</summary>
    public SKColor Background { get; set; } = new(120, 128, 92);

    /// <summary>Items painted on the ground and roof layers.</summary>
    public List<SceneItem> Items { get; } = [];

    /// <summary>Solid boxes.</summary>
    public List<SceneBox> Boxes { get; } = [];

    /// <summary>Trees.</summary>
    public List<SceneTree> Trees { get; } = [];

    /// <summary>The items of a layer in paint order (stable by layer, then insertion).</summary>
    public IEnumerable<SceneItem> ItemsOn(Surface surface) =>
        Items.Select((item, index) => (item, index)).Where(p => p.item.Surface == surface)
            .OrderBy(p => p.item.Layer).ThenBy(p => p.index).Select(p => p.item);

    /// <summary>The height of the tallest solid in metres (0 when there is none).</summary>
    public double MaxHeightM => Math.Max(
        Boxes.Count == 0 ? 0 : Boxes.Max(b => b.TopM),
        Trees.Count == 0 ? 0 : Trees.Max(t => t.CrownCentreM + t.HalfHeightM));
}
