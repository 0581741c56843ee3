using System.Net.Http.Json;
using System.Text.Json;
using ProjectMap.Testing;
using ProjectMap.Web.Basemaps;
using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Api;

/// <summary>Basemap configuration: the settings file, Tianditu's key and URL templates, and the Content-Security-Policy that follows.</summary>
public sealed class ConfigurationTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    [Fact]
    public async Task SettingsFile_TiandituAndIntranetMirror_OfferedWithKeyAndAllowedByCsp()
    {
        var file = _dir.Combine("viewer.json");
        await File.WriteAllTextAsync(file, """
            { "title": "武进区重点项目一张图", "defaultBasemap": "tdt",
              "basemaps": [ { "id": "tdt", "kind": "tianditu-img", "key": "abc123" },
                            { "id": "mirror", "kind": "xyz", "url": "http://gis.intranet:8080/tiles/{z}/{x}/{y}.png", "nameZh": "内网影像" } ] }
            """);
        var options = ViewerSettingsFile.Apply(file, new ViewerOptions());
        await using var server = await ViewerServerFixture.StartAsync(options);
        using var client = new ViewerClient(server.BaseUrl);
        await client.LoginAsync("leader");

        var response = await client.Http.GetAsync("/api/config");
        var config = await response.Content.ReadFromJsonAsync<JsonElement>();
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();

        Assert.Equal("武进区重点项目一张图", config.GetProperty("title").GetString());
        Assert.Equal("tdt", config.GetProperty("defaultBasemap").GetString());
        var tdt = config.GetProperty("basemaps")[0];
        Assert.Equal("wgs84", tdt.GetProperty("datum").GetString());
        Assert.Contains("/img_w/wmts?", tdt.GetProperty("layers")[0].GetProperty("urlZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("tk=abc123", tdt.GetProperty("layers")[0].GetProperty("urlZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("LAYER=cia", tdt.GetProperty("layers")[1].GetProperty("urlZh").GetString(), StringComparison.Ordinal);
        Assert.Contains("LAYER=eia", tdt.GetProperty("layers")[1].GetProperty("urlEn").GetString(), StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data: blob: http://gis.intranet:8080 https://*.tianditu.gov.cn", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsFile_MisspeltMember_RefusedNamingTheFile()
    {
        var file = _dir.Combine("bad.json");
        await File.WriteAllTextAsync(file, """{ "basemap": [] }""");

        var e = Assert.Throws<FormatException>(() => ViewerSettingsFile.Apply(file, new ViewerOptions()));

        Assert.Contains("bad.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("basemap", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(BasemapKind.TiandituVector, null, "needs its key")]
    [InlineData(BasemapKind.Xyz, "http://x/{z}/{x}.png", "{y}")]
    [InlineData(BasemapKind.Xyz, "ftp://x/{z}/{x}/{y}.png", "http://")]
    public void Validate_BadBasemap_ThrowsNamingTheProblem(BasemapKind kind, string? url, string expected)
    {
        var e = Assert.Throws<ArgumentException>(() => BasemapCatalog.Validate([new BasemapSettings { Id = "b", Kind = kind, Url = url }], null));

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Origins_GaodeHostRange_BecomesWildcard()
    {
        var origins = BasemapCatalog.Origins([BasemapCatalog.ToClient(new BasemapSettings { Id = "g", Kind = BasemapKind.GaodeVector })]);

        Assert.Equal(["https://*.is.autonavi.com"], origins);
    }

    public void Dispose() => _dir.Dispose();
}
