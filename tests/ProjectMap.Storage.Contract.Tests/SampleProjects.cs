using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Storage.Contract.Tests;

/// <summary>Projects for store tests, with parcels given as WKT (CGCS2000 lon/lat).</summary>
public static class SampleProjects
{
    private static readonly WKTReader Reader = new(new NetTopologySuite.NtsGeometryServices(new PrecisionModel(), 4490));

    /// <summary>A project with every field set; the parcel is a 47.5 亩-ish quadrilateral in Wujin.</summary>
    public static Project Full(string code = "WJ-001") => new()
    {
        Code = ProjectCode.Parse(code),
        NameZh = "鑫奇航智能装备制造项目",
        NameEn = "Xinqihang Intelligent Equipment",
        Park = "常州西太湖科技产业园",
        Location = "武进区",
        Industry = "智能装备",
        PlannedInvestmentWan = 50000.25m,
        BuildingFloorAreaM2 = 50000,
        DeclaredLandAreaMu = 47.5,
        Parcel = Parcel("MULTIPOLYGON (((119.8444078 31.7076914, 119.8467805 31.7081256, 119.8468615 31.7082326, 119.8465922 31.7093085, 119.8441164 31.7088555, 119.8444078 31.7076914)))"),
        StartDate = new DateOnly(2023, 3, 15),
        PlannedCompletion = new DateOnly(2024, 6, 30),
        Stage = "内部装修",
        Buildings =
        [
            new Building("技术研发中心", "R&D centre", BuildingKind.Office, 12000, 6),
            new Building("智能数控加工车间", null, BuildingKind.Workshop, 28000, 3),
        ],
        PhotovoltaicKwp = 120.5,
    };

    /// <summary>A project with only the required fields and a small square parcel at a given lon/lat.</summary>
    public static Project Minimal(string code, double lon, double lat) => new()
    {
        Code = ProjectCode.Parse(code),
        NameZh = "项目" + code,
        Parcel = Parcel(FormattableString.Invariant(
            $"MULTIPOLYGON ((({lon} {lat}, {lon + 0.001} {lat}, {lon + 0.001} {lat + 0.001}, {lon} {lat + 0.001}, {lon} {lat})))")),
    };

    /// <summary>Parses a MULTIPOLYGON WKT with SRID 4490.</summary>
    public static MultiPolygon Parcel(string wkt) => (MultiPolygon)Reader.Read(wkt);
}
