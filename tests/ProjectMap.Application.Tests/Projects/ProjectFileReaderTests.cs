using System.Text;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Esri;
using ProjectMap.Application.Projects.Import;
using ProjectMap.Geodesy.Crs;
using ProjectMap.Geodesy.Points;
using ProjectMap.Geodesy.Projections;
using ProjectMap.Testing;

namespace ProjectMap.Application.Tests.Projects;

public sealed class ProjectFileReaderTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", name);

    [Fact]
    public void Read_SampleDistrict_SixProjectsWithXinqihangAt47AndAHalfMu()
    {
        var result = ProjectFileReader.Read(RepositoryRoot.Combine("sample-imagery", "district", "projects.geojson"), new ProjectImportOptions());

        Assert.Equal(6, result.Projects.Count);
        var xqh = result.Projects.Single(p => p.Code.Value == "WJ2023-001");
        Assert.Equal(50000m, xqh.PlannedInvestmentWan);
        Assert.Equal(3, xqh.Buildings.Count);
        Assert.Equal(50000, xqh.Buildings.Sum(b => b.FloorAreaM2));
        Assert.InRange(Geodesy.Measures.ParcelArea.Mu(xqh.Parcel), 47.5 * 0.98, 47.5 * 1.02);

        // WJ2023-006 is declared at 10 亩 on a 9.45 亩 parcel: the one warning of the sample district.
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("WJ2023-006", warning.FeatureLabel);
    }

    [Fact]
    public void Read_SelfIntersectingPolygon_RefusedNamingFileFeatureAndPlace()
    {
        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(Data("issue2-self-intersecting.geojson"), new ProjectImportOptions()));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(2, problem.Feature);
        Assert.Equal("BOW-1", problem.FeatureLabel);
        Assert.Contains("self-intersection", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("(119.9105, 31.7005)", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("--fix", problem.Problem, StringComparison.Ordinal);
        Assert.Contains("issue2-self-intersecting.geojson: feature 2 (BOW-1)", e.Message, StringComparison.Ordinal);
        Assert.Contains("nothing was imported", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SelfIntersectingPolygonWithFix_RepairedIntoTwoTrianglesWithWarning()
    {
        var result = ProjectFileReader.Read(Data("issue2-self-intersecting.geojson"), new ProjectImportOptions(Fix: true));

        var bow = result.Projects.Single(p => p.Code.Value == "BOW-1");
        Assert.True(bow.Parcel.IsValid);
        Assert.Equal(2, bow.Parcel.NumGeometries);
        Assert.Contains(result.Warnings, w => w.FeatureLabel == "BOW-1" && w.Problem.Contains("repaired", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_MissingName_RefusedSayingWhichAttribute()
    {
        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(Data("issue2-missing-name.geojson"), new ProjectImportOptions()));

        Assert.Contains("missing name (attribute 'name' or '项目名称')", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateCodeInFile_RefusedNamingTheFirstFeature()
    {
        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(Data("issue2-duplicate-code.geojson"), new ProjectImportOptions()));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(2, problem.Feature);
        Assert.Contains("duplicate code 'DUP-1', already used by feature 1", problem.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProjectedCoordinatesWithoutCrs_RefusedSuggestingCrs()
    {
        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(Data("issue2-projected-without-crs.geojson"), new ProjectImportOptions()));

        Assert.Contains("pass --crs EPSG:N", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ProjectedCoordinatesWithCrsOption_ConvertedToLonLat()
    {
        var result = ProjectFileReader.Read(Data("issue2-projected-without-crs.geojson"), new ProjectImportOptions(Crs: SupportedCrs.Parse("EPSG:4549")));

        AssertGk1(result.Projects.Single().Parcel);
    }

    [Fact]
    public void Read_GeoJsonDeclaringEpsg4549_ConvertedToLonLatWithChineseAttributes()
    {
        var result = ProjectFileReader.Read(Data("parcels-epsg4549.geojson"), new ProjectImportOptions());

        var p = result.Projects.Single();
        Assert.Equal("高斯坐标地块", p.NameZh);
        Assert.Equal(12000m, p.PlannedInvestmentWan);
        Assert.Equal(45, p.DeclaredLandAreaMu);
        Assert.Empty(result.Warnings);
        AssertGk1(p.Parcel);
    }

    [Fact]
    public void Read_LineString_RefusedAsNotAPolygon()
    {
        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(Data("issue2-line-geometry.geojson"), new ProjectImportOptions()));

        Assert.Contains("geometry is a LineString; a parcel must be a Polygon or MultiPolygon", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Kml_ReadsPlacemarkNamesExtendedDataAndMultiGeometry()
    {
        var result = ProjectFileReader.Read(Data("parcels.kml"), new ProjectImportOptions());

        Assert.Equal(["KML-1", "KML-2"], result.Projects.Select(p => p.Code.Value));
        Assert.Equal("科教城54kW光伏车棚项目", result.Projects[0].NameZh);
        Assert.Equal(26m, result.Projects[0].PlannedInvestmentWan);
        Assert.Equal(2, result.Projects[1].Parcel.NumGeometries);
    }

    [Fact]
    public void Read_KmlWithDoctypeEntity_RefusedWithoutReadingTheEntity()
    {
        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(Data("issue2-kml-with-doctype.kml"), new ProjectImportOptions()));

        Assert.Contains("not valid KML", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownExtension_RefusedListingFormats()
    {
        var path = _dir.Combine("parcels.dxf");
        File.WriteAllText(path, "0\nSECTION\n");

        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(path, new ProjectImportOptions()));

        Assert.Contains("'.dxf' files are not read", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_GbkShapefileInGaussKruger_DecodesChineseAndConvertsCoordinates(bool withCpg)
    {
        var shp = WriteGbkShapefile(withCpg);

        var result = ProjectFileReader.Read(shp, new ProjectImportOptions());

        var p = result.Projects.Single();
        Assert.Equal("高斯坐标地块", p.NameZh);
        Assert.Equal("常州西太湖科技产业园", p.Park);
        AssertGk1(p.Parcel);
    }

    [Fact]
    public void Read_GbkShapefileWithWrongEncodingOption_NamesComeOutGarbled()
    {
        var shp = WriteGbkShapefile(withCpg: true);

        var result = ProjectFileReader.Read(shp, new ProjectImportOptions(Encoding: "UTF-8"));

        Assert.NotEqual("高斯坐标地块", result.Projects.Single().NameZh);
    }

    [Fact]
    public void Read_ShapefileMissingDbf_RefusedNamingTheMissingPart()
    {
        var shp = WriteGbkShapefile(withCpg: false);
        File.Delete(Path.ChangeExtension(shp, ".dbf"));

        var e = Assert.Throws<ImportException>(() => ProjectFileReader.Read(shp, new ProjectImportOptions()));

        Assert.Contains("the shapefile's .dbf file is missing", e.Message, StringComparison.Ordinal);
    }

    private static void AssertGk1(MultiPolygon parcel)
    {
        var expected = GaussKrugerZone.FromEpsg(4549).Inverse(new GridPoint(3508000, 485000));
        var first = parcel.Coordinates.MinBy(c => c.X + c.Y)!;
        Assert.Equal(expected.LongitudeDeg, first.X, 9);
        Assert.Equal(expected.LatitudeDeg, first.Y, 9);
        Assert.InRange(Geodesy.Measures.ParcelArea.SquareMetres(parcel), 29999.0, 30000.0);
    }

    private string WriteGbkShapefile(bool withCpg)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK");
        var path = _dir.Combine(withCpg ? "gbk_cpg.shp" : "gbk_nocpg.shp");
        var polygon = new GeometryFactory().CreatePolygon([new(485000, 3508000), new(485200, 3508000), new(485200, 3508150), new(485000, 3508150), new(485000, 3508000)]);
        var attributes = new AttributesTable { { "xmbh", "GK-1" }, { "xmmc", "高斯坐标地块" }, { "yq", "常州西太湖科技产业园" } };
        var prj = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
        Shapefile.WriteAllFeatures([new Feature(polygon, attributes)], path, prj, gbk);
        var cpg = Path.ChangeExtension(path, ".cpg");
        if (withCpg)
        {
            File.WriteAllText(cpg, "GBK");
        }
        else
        {
            File.Delete(cpg);

            // Clear the DBF language-driver byte too, as older Chinese tools leave it: GBK must still be assumed.
            using var dbf = File.Open(Path.ChangeExtension(path, ".dbf"), FileMode.Open, FileAccess.ReadWrite);
            dbf.Position = 29;
            dbf.WriteByte(0);
        }

        return path;
    }

    public void Dispose() => _dir.Dispose();
}
