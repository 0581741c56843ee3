namespace ProjectMap.Web.Basemaps;

/// <summary>A basemap as the browser gets it from <c>/api/config</c>: tile URL templates per language and the datum the tiles are drawn in.</summary>
/// <param name="Id">The basemap's id.</param>
/// <param name="NameZh">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Datum">"wgs84" (WGS84/CGCS2000, no offset) or "gcj02" (our layers are shifted for display only).</param>
/// <param name="Layers">Tile layers drawn bottom to top (for example map then labels).</param>
/// <param name="Attribution">The credit line.</param>
/// <param name="MaxZoom">The deepest zoom level served.</param>
public sealed record ClientBasemap(string Id, string NameZh, string NameEn, string Datum, IReadOnlyList<ClientTileLayer> Layers, string Attribution, int MaxZoom);
