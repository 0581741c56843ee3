namespace ProjectMap.Rendering.Maps;

/// <summary>Where a map's rasters come from; every member may be null (then that layer is simply absent).</summary>
/// <param name="PhotoFilesRoot">The photo file store's root (originals), e.g. <c>projectmap.files</c> beside the database.</param>
/// <param name="TilesRoot">The tiles root <c>projectmap tiles build</c> writes (<c>{project}/{yyyy-MM}/{z}/{x}/{y}.png</c> or <c>{yyyy-MM}.mbtiles</c>).</param>
/// <param name="BasemapPath">A basemap: an XYZ folder (<c>{z}/{x}/{y}.png</c>, Web Mercator) or an <c>.mbtiles</c> file.</param>
/// <param name="BasemapCredit">The basemap's credit for the map's credit line (else its TileJSON/MBTiles attribution, else its name).</param>
public sealed record MapSources(string? PhotoFilesRoot = null, string? TilesRoot = null, string? BasemapPath = null, string? BasemapCredit = null);
