using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace ProjectMap.Application.Serialization;

/// <summary>GeoJSON (RFC 7946) with System.Text.Json: lon/lat order, no "crs" member.</summary>
public static class GeoJson
{
    /// <summary>Serializer options that read and write NetTopologySuite geometries and features as GeoJSON.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>A geometry as a GeoJSON element.</summary>
    public static JsonElement ToElement(Geometry geometry) => JsonSerializer.SerializeToElement(geometry, Options);

    /// <summary>A geometry as GeoJSON text.</summary>
    public static string Write(Geometry geometry) => JsonSerializer.Serialize(geometry, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions();
        options.Converters.Add(new GeoJsonConverterFactory());
        return options;
    }
}
