using NetTopologySuite.Geometries;

namespace ProjectMap.Reports.Geo;

/// <summary>One feature the GeoJSON and KML writers share: its name, lon/lat geometry (SRID 4490, may be empty) and ordered properties.</summary>
/// <param name="Name">The feature's display name.</param>
/// <param name="Geometry">A polygon or multi-polygon, X = longitude, Y = latitude in degrees; empty for a project without a parcel.</param>
/// <param name="Properties">Name → value (string, decimal, double, int, bool or null), in output order.</param>
/// <param name="Style">The KML style id (e.g. status-delayed).</param>
public sealed record ReportFeature(string Name, Geometry Geometry, IReadOnlyList<KeyValuePair<string, object?>> Properties, string Style);
