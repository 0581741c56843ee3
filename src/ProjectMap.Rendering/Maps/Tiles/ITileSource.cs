using NetTopologySuite.Geometries;

namespace ProjectMap.Rendering.Maps.Tiles;

/// <summary>
/// A pyramid of Web Mercator (EPSG:3857) XYZ tiles, 256 px, columns from the west and rows from the north as in
/// OSM/Google: a basemap or the monthly drone imagery of a project.
/// </summary>
public interface ITileSource : IDisposable
{
    /// <summary>What the source is, for credits and messages (a folder or file name).</summary>
    string Name { get; }

    /// <summary>The lowest zoom level with tiles.</summary>
    int MinZoom { get; }

    /// <summary>The highest zoom level with tiles.</summary>
    int MaxZoom { get; }

    /// <summary>The lon/lat bounds of the tiles (X = longitude, Y = latitude, degrees), or null when unknown.</summary>
    Envelope? BoundsLonLat { get; }

    /// <summary>The attribution the source declares, or null.</summary>
    string? Attribution { get; }

    /// <summary>The encoded image of tile z/x/y (PNG, JPEG or WebP), or null when the pyramid has no such tile.</summary>
    byte[]? ReadTile(int zoom, int x, int y);
}
