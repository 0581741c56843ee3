namespace ProjectMap.Reports.Export;

/// <summary>The monthly report's output formats.</summary>
[Flags]
public enum ReportFormats
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The Excel workbook (汇总, 项目进展, 里程碑).</summary>
    Xlsx = 1,

    /// <summary>The PDF report (cover maps, summary, a page per project).</summary>
    Pdf = 2,

    /// <summary>RFC 7946 GeoJSON: projects, and the month's photo footprints in a second file.</summary>
    GeoJson = 4,

    /// <summary>KML with a projects folder and a photo footprints folder.</summary>
    Kml = 8,

    /// <summary>Every format.</summary>
    All = Xlsx | Pdf | GeoJson | Kml,
}
