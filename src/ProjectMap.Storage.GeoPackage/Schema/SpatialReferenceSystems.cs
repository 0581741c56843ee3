namespace ProjectMap.Storage.GeoPackage.Schema;

/// <summary>The spatial reference systems a ProjectMap GeoPackage declares in gpkg_spatial_ref_sys, as OGC WKT 1.</summary>
public static class SpatialReferenceSystems
{
    /// <summary>EPSG:4490 CGCS2000 geographic; GeoPackage geometries store it as X = longitude, Y = latitude.</summary>
    public const string Cgcs2000Wkt =
        "GEOGCS[\"China Geodetic Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\",\"1024\"]]," +
        "AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]]," +
        "AUTHORITY[\"EPSG\",\"4490\"]]";

    /// <summary>EPSG:4326 WGS 84 geographic, required by the GeoPackage standard.</summary>
    public const string Wgs84Wkt =
        "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]]," +
        "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";
}
