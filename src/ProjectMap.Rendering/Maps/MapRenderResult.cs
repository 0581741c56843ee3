using ProjectMap.Rendering.Layout;
using ProjectMap.Rendering.Maps.Labels;

namespace ProjectMap.Rendering.Maps;

/// <summary>What a render produced: the layout, the viewport (null for an empty map), the scale bar, where every label went, and warnings.</summary>
/// <param name="Layout">The sheet's regions.</param>
/// <param name="Viewport">The map's viewport, or null when no project has a parcel.</param>
/// <param name="ScaleBar">The scale bar as drawn, or null when there is no viewport.</param>
/// <param name="Labels">Every project label, full, number-only or omitted.</param>
/// <param name="Warnings">Problems that did not stop the map (a missing photo file, tiles not drawn).</param>
public sealed record MapRenderResult(PageLayout Layout, MapViewport? Viewport, ScaleBarInfo? ScaleBar, IReadOnlyList<PlacedLabel> Labels, IReadOnlyList<string> Warnings)
{
    /// <summary>Labels left out for lack of room.</summary>
    public int OmittedLabels => Labels.Count(l => l.Kind == LabelKind.Omitted);
}
