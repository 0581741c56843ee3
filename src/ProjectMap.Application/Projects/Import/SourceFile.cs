using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Application.Projects.Import;

/// <summary>The features of a parcel file and the CRS the file itself declares (null when it declares none).</summary>
/// <param name="Path">The file that was read.</param>
/// <param name="Features">Its features in file order.</param>
/// <param name="DeclaredCrs">The CRS the file declares (.prj, GeoJSON "crs" member, KML's WGS84), or null.</param>
public sealed record SourceFile(string Path, IReadOnlyList<SourceFeature> Features, SupportedCrs? DeclaredCrs);
