namespace ProjectMap.Web;

/// <summary>One basemap in the settings file's JSON (see <see cref="ViewerSettingsFile"/>).</summary>
internal sealed class SettingsBasemapModel
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Key { get; set; }

    public string? Url { get; set; }

    public bool? Gcj02 { get; set; }

    public string? NameZh { get; set; }

    public string? NameEn { get; set; }

    public string? Attribution { get; set; }

    public int? MaxZoom { get; set; }
}
