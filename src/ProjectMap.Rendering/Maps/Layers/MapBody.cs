using ProjectMap.Rendering.Maps.Labels;

namespace ProjectMap.Rendering.Maps.Layers;

/// <summary>What drawing the map's body produced, for the legend and the result.</summary>
/// <param name="Features">The symbols drawn (the caller disposes them).</param>
/// <param name="Labels">Where every label went.</param>
/// <param name="ImageryDrawn">True when any drone imagery was drawn.</param>
/// <param name="BasemapDrawn">True when a basemap was drawn.</param>
/// <param name="GridIntervalM">The kilometre grid's interval in metres (0 when there is no grid).</param>
/// <param name="Circles">The proportional circle scale (investment overlay), or null.</param>
public sealed record MapBody(
    IReadOnlyList<MapFeature> Features, IReadOnlyList<PlacedLabel> Labels, bool ImageryDrawn, bool BasemapDrawn, double GridIntervalM, CircleScale? Circles) : IDisposable
{
    /// <summary>The detail insets drawn (district maps with imagery).</summary>
    public IReadOnlyList<MapInset> Insets { get; init; } = [];

    /// <summary>True when some parcel is shown by a marker.</summary>
    public bool AnyMarker => Features.Any(f => f.AsMarker);

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var f in Features)
        {
            f.Dispose();
        }
    }
}
