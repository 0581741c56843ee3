namespace ProjectMap.Web.Basemaps;

/// <summary>One XYZ tile layer of a basemap: URL templates with {z}/{x}/{y} (OpenLayers syntax, host ranges like {0-7} allowed) for Chinese and English.</summary>
/// <param name="UrlZh">The template when the viewer is in Chinese.</param>
/// <param name="UrlEn">The template when the viewer is in English (labels layers differ, map layers are the same).</param>
public sealed record ClientTileLayer(string UrlZh, string UrlEn);
