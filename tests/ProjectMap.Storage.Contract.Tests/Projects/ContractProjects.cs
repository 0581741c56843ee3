using System.Globalization;
using NetTopologySuite;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using ProjectMap.Domain.Projects;

namespace ProjectMap.Storage.Contract.Tests.Projects;

/// <summary>Projects the contract tests store: parcels in CGCS2000 lon/lat degrees (X = longitude) near Wujin, Changzhou.</summary>
public static class ContractProjects
{
    private static readonly WKTReader Reader = new(new NtsGeometryServices(new PrecisionModel(), 4490));

    /// <summary>A multi-polygon from WKT (POLYGON is wrapped), SRID 4490.</summary>
    public static MultiPolygon Parcel(string wkt)
    {
        var g = Reader.Read(wkt);
        var mp = g as MultiPolygon ?? g.Factory.CreateMultiPolygon([(Polygon)g]);
        mp.SRID = 4490;
        return mp;
    }

    /// <summary>A square parcel of <paramref name="sizeDeg"/> degrees with its south-west corner at (lon, lat).</summary>
    public static MultiPolygon Square(double lon, double lat, double sizeDeg = 0.002) => Parcel(string.Create(
        CultureInfo.InvariantCulture,
        $"POLYGON (({lon} {lat}, {lon + sizeDeg} {lat}, {lon + sizeDeg} {lat + sizeDeg}, {lon} {lat + sizeDeg}, {lon} {lat}))"));

    /// <summary>A project with only the required fields, its parcel a square at (lon, lat).</summary>
    public static Project Minimal(string code, double lon = 119.95, double lat = 31.70, double sizeDeg = 0.002) => new()
    {
        Code = ProjectCode.Parse(code),
        NameZh = "项目" + code,
        Parcel = Square(lon, lat, sizeDeg),
    };

    /// <summary>
    /// 鑫奇航智能装备制造项目 with every field set: Chinese and English names, 5 亿元 (50000 万元), 47.5 亩 declared,
    /// three buildings, dates, a two-part parcel with a hole.
    /// </summary>
    public static Project Full(string code = "WJ-2023-001") => new()
    {
        Code = ProjectCode.Parse(code),
        NameZh = "鑫奇航智能装备制造项目",
        NameEn = "Xinqihang intelligent equipment \"phase 1\"",
        Park = "常州西太湖科技产业园",
        Location = "武进区西太湖大道 88 号\n(东侧)",
        Industry = "智能装备",
        PlannedInvestmentWan = 50000.25m,
        BuildingFloorAreaM2 = 50123.5,
        DeclaredLandAreaMu = 47.5,
        StartDate = new DateOnly(2023, 3, 18),
        PlannedCompletion = new DateOnly(2024, 12, 31),
        Stage = "内部装修",
        PhotovoltaicKwp = 880.4,
        Buildings =
        [
            new Building("技术研发中心", "R&D centre", BuildingKind.Office, 12000.75, 5),
            new Building("智能数控加工车间", null, BuildingKind.Workshop, 30000, 2),
            new Building("智能仓储", "Smart warehouse", BuildingKind.Warehouse, 8122.75, 1),
        ],
        Parcel = Parcel(
            "MULTIPOLYGON (((119.8712345678901 31.6801, 119.8731 31.6801, 119.8731 31.68165, 119.8712345678901 31.68165, 119.8712345678901 31.6801)," +
            " (119.872 31.681, 119.8722 31.681, 119.8722 31.6812, 119.872 31.6812, 119.872 31.681))," +
            " ((119.874 31.6801, 119.8745 31.6801, 119.8745 31.6805, 119.874 31.6801)))"),
    };
}
