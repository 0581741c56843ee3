using System.Text.Json;
using ProjectMap.Web.Basemaps;

namespace ProjectMap.Web;

/// <summary>
/// Reads the viewer's settings file (JSON), for example:
/// <code>{ "title": "武进区重点项目一张图", "defaultBasemap": "tdt", "basemaps": [ { "id": "tdt", "kind": "tianditu-img", "key": "…" },
/// { "id": "mirror", "kind": "xyz", "url": "http://gis.intranet/{z}/{x}/{y}.png", "gcj02": false, "nameZh": "内网影像" } ] }</code>
/// Unknown members are errors, so a misspelt setting is not silently ignored.
/// </summary>
public static class ViewerSettingsFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>Applies the file's settings over <paramref name="options"/>; throws <see cref="FormatException"/> naming the file and the problem.</summary>
    public static ViewerOptions Apply(string path, ViewerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        SettingsFileModel model;
        try
        {
            model = JsonSerializer.Deserialize<SettingsFileModel>(File.ReadAllText(path), Options) ?? new SettingsFileModel();
        }
        catch (JsonException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }

        try
        {
            var basemaps = (model.Basemaps ?? []).Select((b, i) => new BasemapSettings
            {
                Id = b.Id ?? throw new FormatException($"basemap {i + 1} has no \"id\""),
                Kind = BasemapKinds.Parse(b.Kind),
                Key = b.Key,
                Url = b.Url,
                Gcj02 = b.Gcj02 ?? false,
                NameZh = b.NameZh,
                NameEn = b.NameEn,
                Attribution = b.Attribution,
                MaxZoom = b.MaxZoom,
            }).ToList();
            return options with
            {
                Title = model.Title ?? options.Title,
                Basemaps = [.. options.Basemaps, .. basemaps],
                DefaultBasemap = model.DefaultBasemap ?? options.DefaultBasemap,
            };
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }
}
