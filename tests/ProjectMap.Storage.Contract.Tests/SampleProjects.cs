using System.Globalization;
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

    /// <summary>
    /// A project whose texts hold quotes, a backslash, a newline and astral characters, whose numbers need all 17
    /// digits, and whose parcel has two parts, one with a hole: what a store must keep byte for byte.
    /// </summary>
    public static Project Awkward(string code = "WJ-AWKWARD") => Full(code) with
    {
        NameEn = "Xinqihang \"phase 1\" \\ 𠀀 😀",
        Location = "武进区西太湖大道 88 号\n(东侧)",
        BuildingFloorAreaM2 = 50123.456789012345,
        PhotovoltaicKwp = 0.1 + 0.2,
        Buildings = [new Building("智能仓储", "Smart warehouse", BuildingKind.Warehouse, 8122.75, 1)],
        Parcel = Parcel(
            "MULTIPOLYGON (((119.8712345678901 31.6801, 119.8731 31.6801, 119.8731 31.68165, 119.8712345678901 31.68165, 119.8712345678901 31.6801)," +
            " (119.872 31.681, 119.8722 31.681, 119.8722 31.6812, 119.872 31.6812, 119.872 31.681))," +
            " ((119.874 31.6801, 119.8745 31.6801, 119.8745 31.6805, 119.874 31.6801)))"),
    };

    /// <summary>A project with only the required fields and a square parcel of <paramref name="sizeDeg"/> degrees with its south-west corner at lon/lat.</summary>
    public static Project Minimal(string code, double lon, double lat, double sizeDeg = 0.001) => new()
    {
        Code = ProjectCode.Parse(code),
        NameZh = "项目" + code,
        Parcel = Square(lon, lat, sizeDeg),
    };

    /// <summary>A square parcel of <paramref name="sizeDeg"/> degrees with its south-west corner at (lon, lat), SRID 4490.</summary>
    public static MultiPolygon Square(double lon, double lat, double sizeDeg) => Parcel(string.Create(
        CultureInfo.InvariantCulture,
        $"MULTIPOLYGON ((({lon:R} {lat:R}, {lon + sizeDeg:R} {lat:R}, {lon + sizeDeg:R} {lat + sizeDeg:R}, {lon:R} {lat + sizeDeg:R}, {lon:R} {lat:R})))"));

    /// <summary>Parses a MULTIPOLYGON (or POLYGON, wrapped) WKT with SRID 4490.</summary>
    public static MultiPolygon Parcel(string wkt)
    {
        var g = Reader.Read(wkt);
        var mp = g as MultiPolygon ?? g.Factory.CreateMultiPolygon([(Polygon)g]);
        mp.SRID = 4490;
        return mp;
    }
}
