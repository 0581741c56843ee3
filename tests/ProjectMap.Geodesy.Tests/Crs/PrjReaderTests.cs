using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Geodesy.Tests.Crs;

public sealed class PrjReaderTests
{
    [Fact]
    public void Identify_EsriCgcs2000GkCm120WithoutAuthority_IsEpsg4549()
    {
        const string wkt = "PROJCS[\"CGCS2000_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

        Assert.Equal(4549, PrjReader.Identify(wkt).Epsg);
    }

    [Fact]
    public void Identify_ZonePrefixedFalseEasting_IsEpsg4528()
    {
        const string wkt = "PROJCS[\"CGCS2000_3_Degree_GK_Zone_40\",GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\",DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",40500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

        Assert.Equal(4528, PrjReader.Identify(wkt).Epsg);
    }

    [Fact]
    public void Identify_Wgs84Geographic_IsGeographic()
    {
        const string wkt = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

        Assert.Equal(CrsKind.Geographic, PrjReader.Identify(wkt).Kind);
    }

    [Fact]
    public void Identify_Xian1980_RefusedNamingTheDatum()
    {
        const string wkt = "PROJCS[\"Xian_1980_3_Degree_GK_CM_120E\",GEOGCS[\"GCS_Xian_1980\",DATUM[\"D_Xian_1980\",SPHEROID[\"Xian_1980\",6378140.0,298.257]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",120.0],PARAMETER[\"Scale_Factor\",1.0],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

        var e = Assert.Throws<UnsupportedCrsException>(() => PrjReader.Identify(wkt));
        Assert.Contains("Xian 1980", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("EPSG:4549", 4549)]
    [InlineData("epsg:4490", 4490)]
    [InlineData("3857", 3857)]
    public void Parse_EpsgText_Recognised(string text, int epsg) => Assert.Equal(epsg, SupportedCrs.Parse(text).Epsg);

    [Fact]
    public void Parse_UnsupportedCode_SaysWhatIsSupported()
    {
        var e = Assert.Throws<UnsupportedCrsException>(() => SupportedCrs.Parse("EPSG:2385"));
        Assert.Contains("EPSG:4513–4554", e.Message, StringComparison.Ordinal);
    }
}
