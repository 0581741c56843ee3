namespace ProjectMap.Reports.Export;

/// <summary>The PDF's paper size; pages are landscape.</summary>
public enum ReportPaper
{
    /// <summary>A4, 297 × 210 mm.</summary>
    A4,

    /// <summary>A3, 420 × 297 mm (the A4 layout scaled by √2, photos rendered at the higher size).</summary>
    A3,
}
