namespace ProjectMap.Web;

/// <summary>The settings file's JSON shape (see <see cref="ViewerSettingsFile"/>).</summary>
internal sealed class SettingsFileModel
{
    public string? Title { get; set; }

    public string? DefaultBasemap { get; set; }

    public List<SettingsBasemapModel>? Basemaps { get; set; }
}
