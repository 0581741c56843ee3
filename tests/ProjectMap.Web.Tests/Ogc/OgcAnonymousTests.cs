using ProjectMap.Web.Tests.Infrastructure;

namespace ProjectMap.Web.Tests.Ogc;

/// <summary>With --allow-anonymous-read, GDAL reads the OGC API without credentials.</summary>
public sealed class OgcAnonymousTests(AnonymousReadServer fixture) : IClassFixture<AnonymousReadServer>
{
    [Fact]
    public void Ogrinfo_AnonymousRead_ListsTheProjectsLayer()
    {
        var (code, output, error) = ExternalProgram.Run("ogrinfo", null, "-ro", "-so", $"OAPIF:{fixture.Server.BaseUrl}/ogc", "projects");

        Assert.True(code == 0, error + output);
        Assert.Contains("Feature Count: 6", output, StringComparison.Ordinal);
        Assert.Contains("planned_investment_wan", output, StringComparison.Ordinal);
    }
}
