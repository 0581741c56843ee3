using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using ProjectMap.Application.Serialization;
using ProjectMap.Imagery.Georeferencing;
using ProjectMap.Imagery.Inspection;

namespace ProjectMap.Application.Photos.Exports;

/// <summary>
/// Per-photo exports: the footprint as GeoJSON, a world file (.jgw + .prj in the Gauss-Kruger zone) when an affine
/// transform is within <see cref="WorldFileTolerancePx"/> of the exact homography over the whole image, and a KML
/// GroundOverlay with gx:LatLonQuad (the four image corners on the ground). Output names come from the SHA-256 and a
/// sanitised stem, never from the raw file name.
/// </summary>
public static class PhotoExporter
{
    /// <summary>The largest deviation in pixels an affine world file may have from the photo's homography.</summary>
    public const double WorldFileTolerancePx = 0.5;

    /// <summary>A safe file stem: letters, digits, '-' and '_' from the name, else the hash prefix.</summary>
    public static string Stem(string fileName, string sha256)
    {
        ArgumentNullException.ThrowIfNull(sha256);
        var stem = new string(Path.GetFileNameWithoutExtension(fileName ?? string.Empty).Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return stem.Length is > 0 and <= 80 ? stem : sha256[..16];
    }

    /// <summary>The footprint as a GeoJSON FeatureCollection with one feature and the photo's figures as properties.</summary>
    public static string FootprintGeoJson(PhotoInspection inspection, PhotoMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(mapping);
        var polygon = inspection.Footprint!.LonLat;
        if (mapping.Source != "pose")
        {
            polygon = mapping.CornerFootprint() ?? throw new InvalidOperationException("the corrected mapping sends an image corner beyond the horizon");
        }

        var feature = new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = JsonNode.Parse(GeoJson.Write(polygon)),
            ["properties"] = new JsonObject
            {
                ["file"] = inspection.FileName,
                ["sha256"] = inspection.Sha256,
                ["capturedAt"] = inspection.Metadata?.CapturedAt?.Value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
                ["gsdCm"] = inspection.GsdCm,
                ["accuracyM"] = inspection.AccuracyM,
                ["horizonClamped"] = inspection.Footprint.HorizonClamped,
                ["georeference"] = mapping.Source,
            },
        };
        var collection = new JsonObject { ["type"] = "FeatureCollection", ["features"] = new JsonArray(feature) };
        return collection.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>The world file and .prj text when the affine fit is within tolerance; otherwise null with the fit (whose MaxErrorPx says why).</summary>
    public static (string? WorldFile, string? Prj, AffineApproximation Fit) WorldFile(PhotoMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var fit = AffineApproximation.Fit(mapping.PixelToGrid, mapping.WidthPx, mapping.HeightPx);
        return fit.MaxErrorPx <= WorldFileTolerancePx ? (fit.ToWorldFile(), mapping.Frame.Zone.Wkt, fit) : (null, null, fit);
    }

    /// <summary>A KML document with a GroundOverlay of the image (href) on its four ground corners (gx:LatLonQuad).</summary>
    public static string Kml(PhotoInspection inspection, PhotoMapping mapping, string imageHref)
    {
        ArgumentNullException.ThrowIfNull(inspection);
        ArgumentNullException.ThrowIfNull(mapping);
        var ic = CultureInfo.InvariantCulture;

        // gx:LatLonQuad lists the image's lower-left, lower-right, upper-right and upper-left corners.
        var corners = new (double U, double V)[] { (0, mapping.HeightPx), (mapping.WidthPx, mapping.HeightPx), (mapping.WidthPx, 0), (0, 0) }
            .Select(c => mapping.Ground(c.U, c.V) ?? throw new InvalidOperationException(
                "an image corner's ray does not meet the ground (oblique photo above the horizon); a KML ground overlay cannot show it"))
            .Select(g => string.Create(ic, $"{g.LongitudeDeg:R},{g.LatitudeDeg:R},0"));
        using var buffer = new MemoryStream();
        using (var w = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            w.WriteStartDocument();
            w.WriteStartElement("kml", "http://www.opengis.net/kml/2.2");
            w.WriteAttributeString("xmlns", "gx", null, "http://www.google.com/kml/ext/2.2");
            w.WriteStartElement("Document");
            w.WriteElementString("name", inspection.FileName);
            w.WriteStartElement("GroundOverlay");
            w.WriteElementString("name", inspection.FileName);
            w.WriteElementString("description", string.Create(ic, $"sha256 {inspection.Sha256}; GSD {inspection.GsdCm:0.00} cm; ±{inspection.AccuracyM:0.0} m (1σ); georeference: {mapping.Source}"));
            w.WriteStartElement("Icon");
            w.WriteElementString("href", imageHref);
            w.WriteEndElement();
            w.WriteStartElement("gx", "LatLonQuad", "http://www.google.com/kml/ext/2.2");
            w.WriteElementString("coordinates", string.Join(' ', corners));
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
