using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ProjectMap.Reports.Geo;

/// <summary>
/// Writes features as an RFC 7946 GeoJSON FeatureCollection: WGS84/CGCS2000 longitude, latitude in degrees (7 decimals,
/// about 1 cm), exterior rings counter-clockwise and holes clockwise, no "crs" member, UTF-8 without a byte-order mark;
/// a feature without a parcel has a null geometry.
/// </summary>
public static class ReportGeoJsonWriter
{
    /// <summary>Decimal places of longitude and latitude.</summary>
    public const int CoordinateDecimals = 7;

    /// <summary>The FeatureCollection as UTF-8 bytes; <paramref name="name"/> becomes the collection's "name" (the layer name GDAL shows).</summary>
    public static byte[] Write(string name, IReadOnlyList<ReportFeature> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteString("name", name);
            w.WriteStartArray("features");
            foreach (var f in features)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WritePropertyName("geometry");
                WriteGeometry(w, f.Geometry);
                w.WriteStartObject("properties");
                foreach (var (key, value) in f.Properties)
                {
                    WriteValue(w, key, value);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteGeometry(Utf8JsonWriter w, NetTopologySuite.Geometries.Geometry geometry)
    {
        var polygons = RingOrder.Polygons(geometry).ToList();
        if (polygons.Count == 0)
        {
            w.WriteNullValue();
            return;
        }

        w.WriteStartObject();
        w.WriteString("type", polygons.Count == 1 && geometry is NetTopologySuite.Geometries.Polygon ? "Polygon" : "MultiPolygon");
        w.WriteStartArray("coordinates");
        var multi = !(polygons.Count == 1 && geometry is NetTopologySuite.Geometries.Polygon);
        foreach (var polygon in polygons)
        {
            if (multi)
            {
                w.WriteStartArray();
            }

            foreach (var ring in RingOrder.Rings(polygon))
            {
                w.WriteStartArray();
                foreach (var c in ring)
                {
                    w.WriteStartArray();
                    w.WriteRawValue(Number(c.X), skipInputValidation: true);
                    w.WriteRawValue(Number(c.Y), skipInputValidation: true);
                    w.WriteEndArray();
                }

                w.WriteEndArray();
            }

            if (multi)
            {
                w.WriteEndArray();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Number(double degrees) => Math.Round(degrees, CoordinateDecimals).ToString("0.#######", CultureInfo.InvariantCulture);

    private static void WriteValue(Utf8JsonWriter w, string key, object? value)
    {
        switch (value)
        {
            case null:
                w.WriteNull(key);
                break;
            case string s:
                w.WriteString(key, s);
                break;
            case decimal d:
                w.WritePropertyName(key);
                w.WriteRawValue(d.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
                break;
            case double x:
                w.WriteNumber(key, x);
                break;
            case int i:
                w.WriteNumber(key, i);
                break;
            case bool b:
                w.WriteBoolean(key, b);
                break;
            default:
                w.WriteString(key, Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
        }
    }
}
