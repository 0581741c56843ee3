using NetTopologySuite.Geometries;

namespace ProjectMap.Application.Projects.Import;

/// <summary>One feature as read from a parcel file, before validation: its 1-based position, geometry in the file's CRS, and attributes.</summary>
/// <param name="Number">1-based position of the feature in the file, used in messages.</param>
/// <param name="Geometry">The geometry as read, or null when the feature had none.</param>
/// <param name="Attributes">Attribute values by field name (case-insensitive); strings, numbers, booleans or JSON text.</param>
public sealed record SourceFeature(int Number, Geometry? Geometry, IReadOnlyDictionary<string, object?> Attributes);
