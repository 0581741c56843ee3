using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Application.Projects.Import;

/// <summary>How to read a parcel file.</summary>
/// <param name="Crs">The CRS of the file's coordinates when the file does not declare it or declares it wrongly; null to use the file's.</param>
/// <param name="Encoding">Text encoding of a shapefile's DBF (e.g. GBK), overriding its .cpg; null to detect.</param>
/// <param name="Fix">Repair invalid polygons with NetTopologySuite's GeometryFixer instead of refusing them.</param>
/// <param name="AreaTolerance">Relative difference between declared and computed area that raises a warning (0.02 = 2 %).</param>
public sealed record ProjectImportOptions(SupportedCrs? Crs = null, string? Encoding = null, bool Fix = false, double AreaTolerance = 0.02);
