namespace ProjectMap.Web.Basemaps;

/// <summary>The basemaps the viewer knows how to request. None is configured by default.</summary>
public enum BasemapKind
{
    /// <summary>Tianditu vector map (vec_w + cva_w/eva_w labels), Web Mercator, CGCS2000: no offset; needs a key (tk).</summary>
    TiandituVector,

    /// <summary>Tianditu imagery (img_w + cia_w/eia_w labels), Web Mercator, CGCS2000: no offset; needs a key (tk).</summary>
    TiandituImagery,

    /// <summary>OpenStreetMap standard tiles, Web Mercator, WGS84.</summary>
    Osm,

    /// <summary>Gaode (AMap) road map, Web Mercator over GCJ-02: our layers are shifted into GCJ-02 for display only.</summary>
    GaodeVector,

    /// <summary>Gaode (AMap) satellite imagery, GCJ-02 like <see cref="GaodeVector"/>.</summary>
    GaodeImagery,

    /// <summary>Any XYZ tile service given by a URL template (for example an intranet mirror), in WGS84/CGCS2000 or GCJ-02.</summary>
    Xyz,
}
