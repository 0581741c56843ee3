using System.Globalization;
using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using NetTopologySuite.Geometries;
using ProjectMap.Geodesy.Crs;

namespace ProjectMap.Application.Projects.Import;

/// <summary>
/// Reads KML 2.2 (and KMZ) placemarks with Polygon or MultiGeometry parcels. KML coordinates are always WGS84
/// "longitude,latitude[,altitude]". The placemark's &lt;name&gt; is the project name unless ExtendedData names one;
/// ExtendedData &lt;Data&gt; and &lt;SimpleData&gt; become attributes. DTDs and external entities are refused.
/// </summary>
public static class KmlParcelReader
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    /// <summary>Reads a .kml or .kmz file; throws <see cref="ImportException"/> naming the file when it is not KML.</summary>
    public static SourceFile Read(string path)
    {
        XDocument doc;
        try
        {
            using var stream = OpenKml(path);
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (Exception e) when (e is XmlException or InvalidDataException)
        {
            throw new ImportException(new ImportProblem(path, 0, null, $"not valid KML: {e.Message}"));
        }

        var features = new List<SourceFeature>();
        var problems = new List<ImportProblem>();
        var n = 0;
        foreach (var placemark in doc.Descendants().Where(e => e.Name.LocalName == "Placemark"))
        {
            n++;
            var attributes = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
            var name = Child(placemark, "name")?.Value.Trim();
            if (!string.IsNullOrEmpty(name))
            {
                attributes["name"] = name;
            }

            foreach (var data in placemark.Descendants().Where(e => e.Name.LocalName == "Data"))
            {
                if (data.Attribute("name")?.Value is { } key)
                {
                    attributes[key] = Child(data, "value")?.Value.Trim();
                }
            }

            foreach (var data in placemark.Descendants().Where(e => e.Name.LocalName == "SimpleData"))
            {
                if (data.Attribute("name")?.Value is { } key)
                {
                    attributes[key] = data.Value.Trim();
                }
            }

            try
            {
                var polygons = placemark.Descendants().Where(e => e.Name.LocalName == "Polygon").Select(ReadPolygon).ToArray();
                Geometry? geometry = polygons.Length switch
                {
                    0 => FirstOtherGeometry(placemark),
                    1 => polygons[0],
                    _ => Factory.CreateMultiPolygon(polygons),
                };
                features.Add(new SourceFeature(n, geometry, attributes));
            }
            catch (FormatException e)
            {
                problems.Add(new ImportProblem(path, n, name, e.Message));
            }
        }

        if (problems.Count > 0)
        {
            throw new ImportException(problems);
        }

        return new SourceFile(path, features, SupportedCrs.Wgs84);
    }

    private static Stream OpenKml(string path)
    {
        if (!path.EndsWith(".kmz", StringComparison.OrdinalIgnoreCase))
        {
            return File.OpenRead(path);
        }

        using var zip = ZipFile.OpenRead(path);
        var entry = zip.Entries.FirstOrDefault(e => e.FullName.Equals("doc.kml", StringComparison.OrdinalIgnoreCase))
                    ?? zip.Entries.FirstOrDefault(e => e.FullName.EndsWith(".kml", StringComparison.OrdinalIgnoreCase))
                    ?? throw new InvalidDataException("the KMZ archive holds no .kml file");
        var copy = new MemoryStream();
        using (var s = entry.Open())
        {
            s.CopyTo(copy);
        }

        copy.Position = 0;
        return copy;
    }

    private static XElement? Child(XElement parent, string localName) => parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static Polygon ReadPolygon(XElement polygon)
    {
        var outer = polygon.Elements().FirstOrDefault(e => e.Name.LocalName == "outerBoundaryIs")
                    ?? throw new FormatException("a Polygon has no outerBoundaryIs");
        var shell = ReadRing(outer);
        var holes = polygon.Elements().Where(e => e.Name.LocalName == "innerBoundaryIs").Select(ReadRing).ToArray();
        return Factory.CreatePolygon(shell, holes);
    }

    private static LinearRing ReadRing(XElement boundary)
    {
        var coordinates = boundary.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates")
                          ?? throw new FormatException("a polygon boundary has no coordinates");
        var points = ParseCoordinates(coordinates.Value);
        if (points.Count > 0 && !points[0].Equals2D(points[^1]))
        {
            points.Add(points[0].Copy());
        }

        if (points.Count < 4)
        {
            throw new FormatException($"a polygon ring has {points.Count} points; at least 3 distinct points are needed");
        }

        return Factory.CreateLinearRing(points.ToArray());
    }

    private static List<Coordinate> ParseCoordinates(string text)
    {
        var list = new List<Coordinate>();
        foreach (var tuple in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = tuple.Split(',');
            if (parts.Length < 2 ||
                !double.TryParse(parts[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) ||
                !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat))
            {
                throw new FormatException($"'{tuple}' is not a KML coordinate (longitude,latitude[,altitude])");
            }

            list.Add(new Coordinate(lon, lat));
        }

        return list;
    }

    private static Geometry? FirstOtherGeometry(XElement placemark)
    {
        var point = placemark.Descendants().FirstOrDefault(e => e.Name.LocalName is "Point" or "LineString");
        if (point is null)
        {
            return null;
        }

        var coords = ParseCoordinates(point.Descendants().FirstOrDefault(e => e.Name.LocalName == "coordinates")?.Value ?? string.Empty);
        return point.Name.LocalName == "Point" && coords.Count == 1
            ? Factory.CreatePoint(coords[0])
            : Factory.CreateLineString(coords.ToArray());
    }
}
