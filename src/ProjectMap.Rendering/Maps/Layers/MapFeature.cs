using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Layers;

/// <summary>
/// A project's symbol on the canvas: its parcel outline when it is large enough to see, else a square marker; for the
/// investment overlay also its circle. Holds a Skia path, so it is disposed with the map.
/// </summary>
public sealed class MapFeature : IDisposable
{
    /// <summary>Creates the feature.</summary>
    public MapFeature(MapProject project, SKPath? parcel, SKRect symbol, SKPoint anchor, bool asMarker, float circleRadius)
    {
        Project = project;
        Parcel = parcel;
        Symbol = symbol;
        Anchor = anchor;
        AsMarker = asMarker;
        CircleRadius = circleRadius;
    }

    /// <summary>The project.</summary>
    public MapProject Project { get; }

    /// <summary>The parcel on the canvas (even-odd, holes kept).</summary>
    public SKPath? Parcel { get; }

    /// <summary>The symbol's box on the canvas (parcel, marker or circle): labels keep off it.</summary>
    public SKRect Symbol { get; }

    /// <summary>An interior point of the parcel on the canvas: where markers, circles and leader lines centre.</summary>
    public SKPoint Anchor { get; }

    /// <summary>True when the parcel is too small to see and is shown by a square marker.</summary>
    public bool AsMarker { get; }

    /// <summary>The investment circle's radius in canvas units (0 on other overlays).</summary>
    public float CircleRadius { get; }

    /// <inheritdoc />
    public void Dispose() => Parcel?.Dispose();
}
