using NetTopologySuite.Geometries;
using SkiaSharp;

namespace ProjectMap.Rendering.Maps.Imagery;

/// <summary>A raster layer of a map: basemap tiles or drone imagery, drawn in the map's projection.</summary>
public interface IMapImagery : IDisposable
{
    /// <summary>What it is, for the credit line and messages.</summary>
    string Description { get; }

    /// <summary>The lon/lat area it may cover (X = longitude, Y = latitude, degrees), used to skip layers outside the frame.</summary>
    Envelope BoundsLonLat { get; }

    /// <summary>Draws into <paramref name="canvas"/> through <paramref name="viewport"/>; problems (a missing file) are added to <paramref name="warnings"/>, never thrown.</summary>
    void Draw(SKCanvas canvas, MapViewport viewport, ICollection<string> warnings);
}
