using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using ProjectMap.Application.Storage.Copy;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Application.Tests.Storage.Copy;

public sealed class CanonicalProjectTests
{
    private static readonly WKTReader Reader = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4490));

    private static MultiPolygon Parcel(string wkt) => (MultiPolygon)Reader.Read(wkt);

    private static Project Sample() => new()
    {
        Code = ProjectCode.Parse("WJ2023-004"),
        NameZh = "科教城54kW光伏车棚项目",
        NameEn = "PV \"carport\"",
        Park = "常州科教城",
        PlannedInvestmentWan = 26.50m,
        DeclaredLandAreaMu = 1.8,
        StartDate = new DateOnly(2023, 5, 1),
        Stage = "投产",
        PhotovoltaicKwp = 54,
        Buildings = [new Building("车棚", null, BuildingKind.Canopy, 1200, 1)],
        Parcel = Parcel("MULTIPOLYGON (((119.9 31.7, 119.901 31.7, 119.901 31.701, 119.9 31.7)))"),
    };

    [Fact]
    public void ToJson_Sample_IsTheDocumentedCanonicalForm()
    {
        // Every stored checksum depends on this exact text: changing the form is a format change, never a test update.
        const string expected =
            "{\"code\":\"WJ2023-004\",\"nameZh\":\"\\u79D1\\u6559\\u57CE54kW\\u5149\\u4F0F\\u8F66\\u68DA\\u9879\\u76EE\",\"nameEn\":\"PV \\u0022carport\\u0022\"," +
            "\"park\":\"\\u5E38\\u5DDE\\u79D1\\u6559\\u57CE\",\"location\":\"\",\"industry\":\"\",\"plannedInvestmentWan\":\"26.5\",\"buildingFloorAreaM2\":null," +
            "\"declaredLandAreaMu\":\"1.8\",\"startDate\":\"2023-05-01\",\"plannedCompletion\":null,\"stage\":\"\\u6295\\u4EA7\",\"photovoltaicKwp\":\"54\"," +
            "\"buildings\":[{\"nameZh\":\"\\u8F66\\u68DA\",\"nameEn\":null,\"kind\":\"Canopy\",\"floorAreaM2\":\"1200\",\"storeys\":1}],\"parcelSrid\":4490," +
            "\"parcelWkb\":\"";

        var json = CanonicalProject.ToJson(Sample());

        Assert.StartsWith(expected, json, StringComparison.Ordinal);
        Assert.EndsWith("\"}", json, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', json);
    }

    [Fact]
    public void ToJson_SameParcelWithOtherRingStartAndOrientation_SameText()
    {
        var a = Sample();
        var b = a with { Parcel = Parcel("MULTIPOLYGON (((119.901 31.701, 119.901 31.7, 119.9 31.7, 119.901 31.701)))") };

        Assert.Equal(CanonicalProject.ToJson(a), CanonicalProject.ToJson(b));
    }

    [Theory]
    [InlineData("50000", "50000")]
    [InlineData("50000.00", "50000")]
    [InlineData("0.50", "0.5")]
    [InlineData("-12.300", "-12.3")]
    [InlineData("0.000", "0")]
    [InlineData("123456789012.123456789", "123456789012.123456789")]
    public void Decimal_AnyScale_WrittenWithoutTrailingZeros(string value, string expected) =>
        Assert.Equal(expected, CanonicalProject.Decimal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void ToJson_AnyContentChanged_TextChanges()
    {
        var s = Sample();
        var variants = new Project[]
        {
            s with { Code = ProjectCode.Parse("WJ2023-005") },
            s with { NameZh = s.NameZh + " " },
            s with { NameEn = null },
            s with { NameEn = string.Empty },
            s with { Park = string.Empty },
            s with { Location = "x" },
            s with { Industry = "光伏" },
            s with { PlannedInvestmentWan = 26.51m },
            s with { BuildingFloorAreaM2 = 0 },
            s with { DeclaredLandAreaMu = 1.8000000000000003 },
            s with { StartDate = new DateOnly(2023, 5, 2) },
            s with { PlannedCompletion = new DateOnly(2024, 1, 1) },
            s with { Stage = "竣工验收" },
            s with { PhotovoltaicKwp = null },
            s with { Buildings = [] },
            s with { Buildings = [new Building("车棚", null, BuildingKind.Canopy, 1200, 2)] },
            s with { Parcel = Parcel("MULTIPOLYGON (((119.9 31.7, 119.901 31.7, 119.901 31.70100000000001, 119.9 31.7)))") },
            s with { Parcel = Parcel("MULTIPOLYGON EMPTY") },
        };

        var texts = variants.Select(CanonicalProject.ToJson).Append(CanonicalProject.ToJson(s)).ToList();

        Assert.Equal(texts.Count, texts.Distinct(StringComparer.Ordinal).Count());
    }
}
