namespace ProjectMap.Web.Security;

/// <summary>The authentication schemes: browser cookie, HTTP Basic for GIS clients (QGIS, GDAL; reads only), and the selector between them.</summary>
public static class SchemeNames
{
    /// <summary>The login cookie the browser gets from the login page.</summary>
    public const string Cookie = "projectmap-cookie";

    /// <summary>HTTP Basic, accepted for GET and HEAD only (GIS clients reading the OGC API and JSON).</summary>
    public const string Basic = "projectmap-basic";

    /// <summary>The default scheme: Basic when the request carries an Authorization: Basic header, the cookie otherwise.</summary>
    public const string Selector = "projectmap";
}
