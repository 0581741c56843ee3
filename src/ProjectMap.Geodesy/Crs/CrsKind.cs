namespace ProjectMap.Geodesy.Crs;

/// <summary>The families of coordinate reference system ProjectMap reads.</summary>
public enum CrsKind
{
    /// <summary>Geographic degrees on WGS84 (EPSG:4326) or CGCS2000 (EPSG:4490), X = longitude, Y = latitude.</summary>
    Geographic,

    /// <summary>A CGCS2000 3-degree Gauss-Kruger zone (EPSG:4513–4554), X = easting, Y = northing in metres.</summary>
    GaussKruger,

    /// <summary>Web Mercator (EPSG:3857), X = easting, Y = northing in metres.</summary>
    WebMercator,
}
